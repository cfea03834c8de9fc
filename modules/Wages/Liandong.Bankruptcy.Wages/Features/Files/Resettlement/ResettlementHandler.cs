using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Wages.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Wages.Features.Files.Resettlement;

/// <summary>
/// The employees' resettlement (domain.md, "Employees"): the labour contracts end on the declaration of bankruptcy
/// (Labour Contract Law art. 44(4)), so the declaration (also on a conversion to liquidation) asks human resources and
/// social security, through Coordination, for the resettlement items — the contracts' termination filed, the personnel
/// files transferred, unemployment insurance, the social-insurance transfer — each once per case, due in 30 days. The
/// unit completes them on the item; they link to the case's wages page.
/// </summary>
public static class ResettlementHandler
{
    public const string KindPrefix = "hrss.resettlement.";

    /// <summary>The items: kind (after the prefix), title, basis.</summary>
    public static readonly IReadOnlyList<(string Kind, string Title, string Basis)> Items =
    [
        ("contracts", "职工劳动合同终止及用工备案（宣告破产之日终止）", "《劳动合同法》第四十四条第（四）项"),
        ("personnel_files", "职工人事档案转移接收", "职工安置：人事档案转移"),
        ("unemployment", "职工失业登记及失业保险待遇申领", "《失业保险条例》第十四条"),
        ("insurance_transfer", "职工社会保险关系转移接续", "《社会保险法》第十九条"),
    ];

    public const int DueDays = 30;

    public static async Task Handle(BankruptcyDeclared message, IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(scopes);
        await using var scope = scopes.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<ICaseQueries>().FindAsync(message.CaseId, cancellationToken) is null)
        {
            return; // not a case of this county
        }

        var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<WagesDbContext>>();
        foreach (var (kind, title, basis) in Items)
        {
            await outbox.PublishAsync(new ItemRequested(message.CaseId, KindPrefix + kind, "HumanResourcesSocialSecurity", title, basis, DueDays, false,
                message.DeclaredOn, $"wages-resettlement:{message.CaseId:N}:{kind}"));
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
