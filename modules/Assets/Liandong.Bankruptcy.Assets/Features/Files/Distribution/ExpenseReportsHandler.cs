using Liandong.Bankruptcy.Assets.Domain;
using Liandong.Bankruptcy.Assets.Domain.Distribution;
using Liandong.Bankruptcy.Assets.Persistence;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Tax.Contracts;
using Liandong.Bankruptcy.Wages.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Assets.Features.Files.Distribution;

/// <summary>
/// Expenses other modules book, each in its county's scope and once per source: tax arising after acceptance (Tax: on
/// selling assets a bankruptcy expense, on continued operation a common-benefit debt) and a continued-operation payroll
/// (Wages: a common-benefit debt, art. 42(4); no longer owed once paid as it fell due). A second report of the same
/// source updates the line; a case not yet accepted records nothing.
/// </summary>
public static class ExpenseReportsHandler
{
    public static Task Handle(PostAcceptanceTaxBooked message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        ChangeAsync(scopes, message.CaseId, file => file.AddExpense(
            message.Class == "BankruptcyExpense" ? ExpenseKind.BankruptcyExpense : ExpenseKind.CommonBenefit,
            message.Class == "BankruptcyExpense" ? "变价财产产生的税费" : "继续营业产生的税费", message.Amount, message.ArisingOn, $"tax:{message.EntryId:N}"), cancellationToken);

    public static Task Handle(ContinuedOperationWagesBooked message, IServiceScopeFactory scopes, CancellationToken cancellationToken) =>
        ChangeAsync(scopes, message.CaseId, file =>
        {
            var key = $"wages:{message.Month:yyyy-MM}";
            file.AddExpense(ExpenseKind.CommonBenefit, $"继续营业期间职工工资（{message.Month:yyyy年M月}）", message.Amount, message.Month, key);
            if (message.PaidOn is { } paid)
            {
                file.ExpensePaid(key, paid);
            }
        }, cancellationToken);

    private static async Task ChangeAsync(IServiceScopeFactory scopes, Guid caseId, Action<AssetFile> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<AssetsDbContext>();
                if (await scope.ServiceProvider.GetRequiredService<ICaseQueries>().FindAsync(caseId, cancellationToken) is not { } summary)
                {
                    return; // not a case of this county
                }

                var file = await db.Files.Include(f => f.Expenses).SingleOrDefaultAsync(f => f.Id == caseId, cancellationToken);
                file ??= db.Files.Add(new AssetFile(caseId)).Entity;
                file.Apply(summary);
                change(file);
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException e) when (attempt < 5 && (e is DbUpdateConcurrencyException ||
                                                                e.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation }))
            {
                // A user's step or another report wrote the estate first: read it again.
            }
        }
    }
}
