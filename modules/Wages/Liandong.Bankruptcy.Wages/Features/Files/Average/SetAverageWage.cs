using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Wages.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Wages.Features.Files.Average;

/// <summary>The company's average monthly wage (more than 0, to the cent): directors', supervisors' and senior managers' wages count at it (art. 113(3)).</summary>
internal sealed record SetAverageWageRequest(decimal? AverageMonthlyWage) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (AverageMonthlyWage is not { } value || value <= 0 || value > 10_000_000m || decimal.Round(value, 2) != value)
        {
            errors.Add("averageMonthlyWage", "validation.amount");
        }
    }
}

/// <summary>Sets the company's average monthly wage, the executives' measure; the list's classes follow it.</summary>
internal sealed class SetAverageWage(WagesDbContext db, WageFileReader files)
{
    public async Task HandleAsync(Guid caseId, uint expected, SetAverageWageRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        file.SetAverageWage(request.AverageMonthlyWage!.Value).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }

    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPut("/{id:guid}/average-wage", (Guid id, SetAverageWageRequest request, SetAverageWage handler, WageFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(WagesPermissions.Administer)
            .RequiresIfMatch()
            .Describe("SetAverageMonthlyWage", "Set the company's average monthly wage, at which executives' wages count (art. 113(3))", "设定企业职工月平均工资（董监高工资按此计算）");
}
