using System.Globalization;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Wages.Domain;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Wages.Features.Files;

/// <summary>
/// The published list's lines in the Cases claims register (<see cref="ClaimLineReported"/>, source <c>wages</c>, upserted
/// by key): each employee's class ① (<c>{employeeId}.Employee</c>, listed in full and confirmed less what the fund
/// advanced, the reason naming the advance), an executive's excess
/// (<c>{employeeId}.Ordinary</c>), and the fund's class ① claim by subrogation (<c>{caseId}.Fund</c>), as the
/// administrator's list confirmed on <c>on</c>. Published in the transaction of the step that changed them.
/// </summary>
internal static class WageRegister
{
    public const string SourceModule = "wages";

    public static async Task ReportAsync<T>(this IDbContextOutbox<T> outbox, WageFile file, IEnumerable<EmployeeClaim> employees, DateOnly on, TimeProvider clock)
        where T : Microsoft.EntityFrameworkCore.DbContext
    {
        foreach (var employee in employees)
        {
            // Class ①: listed before the advance, confirmed after it (what the employee is still owed; the fund has the rest).
            var classes = employee.Classes(file.AverageMonthlyWage);
            var listed = classes.ClassOne + employee.Advanced;
            if (listed > 0)
            {
                var reason = employee.Advanced > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"欠薪保障金已垫付 {employee.Advanced:0.00} 元，由其代位受偿")
                    : null;
                await outbox.PublishAsync(Line(file, $"{employee.Id:N}.Employee", employee.Name, "Employee", listed, classes.ClassOne, reason, on, clock));
            }

            if (classes.Ordinary > 0)
            {
                await outbox.PublishAsync(Line(file, $"{employee.Id:N}.Ordinary", employee.Name, "Ordinary", classes.Ordinary, classes.Ordinary, null, on, clock));
            }
        }

        if (file.Fund is { Amount: > 0 } fund)
        {
            await outbox.PublishAsync(Line(file, $"{file.Id:N}.Fund", fund.FundName, "Employee", fund.Amount, fund.Amount, null, on, clock));
        }
    }

    /// <summary>A line as of now (<c>ReportedAt</c>): changes of one list are serialized by its version, so a later report is a newer state.</summary>
    private static ClaimLineReported Line(
        WageFile file, string key, string creditor, string priority, decimal listed, decimal confirmed, string? reason, DateOnly on, TimeProvider clock) =>
        new(file.Id, SourceModule, key, creditor, priority, priority, listed, 0, 0, on, null, false,
            confirmed == listed ? "Confirmed" : confirmed == 0 ? "Rejected" : "PartlyConfirmed", confirmed, reason, on, clock.GetUtcNow());
}
