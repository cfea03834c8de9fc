using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform.ProtectedData;
using Liandong.Bankruptcy.Platform.Seeding;
using Liandong.Bankruptcy.Wages.Domain;
using Liandong.Bankruptcy.Wages.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Wages.Seeding;

/// <summary>
/// An unpublished employee list on the newest accepted demo case of 涧西区 with an administrator appointed, so the demo
/// administrator finds one to publish on <c>/wages</c> and HRSS one to verify. Idempotent (a case with a list is left alone).
/// </summary>
internal static class WagesDemoData
{
    private static readonly (string Name, string IdNumber, string Position, bool Executive, int Months, decimal Wages, decimal Compensation)[] Employees =
    [
        ("赵建国", "11010519491231002X", "车间主任", false, 6, 39_000m, 18_000m),
        ("钱晓红", "110105194912310038", "会计", false, 5, 27_500m, 12_000m),
        ("孙志强", "110105200001010016", "副总经理", true, 6, 120_000m, 0m),
    ];

    public static Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        DemoCounty.RunAsync(services, async scopes =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var cases = scope.ServiceProvider.GetRequiredService<ICaseQueries>();
            var db = scope.ServiceProvider.GetRequiredService<WagesDbContext>();
            var protectedData = scope.ServiceProvider.GetRequiredService<IProtectedData>();
            foreach (var caseId in await cases.RecentAsync(20, cancellationToken))
            {
                if (await cases.FindAsync(caseId, cancellationToken) is not { Dates.AcceptedOn: not null, AdministratorFirmId: not null } summary)
                {
                    continue;
                }

                if (await db.Files.AnyAsync(f => f.Id == caseId, cancellationToken))
                {
                    return;
                }

                var file = db.Files.Add(new WageFile(caseId)).Entity;
                file.Apply(summary);
                file.SetAverageWage(8_000m);
                file.Add([.. Employees.Select(e => (new EmployeeAmounts(e.Name, e.Position, e.Executive, e.Months, e.Wages, 0, 0, 0, e.Compensation, 0),
                    protectedData.Protect(e.IdNumber)))]);
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
        }, cancellationToken);
}
