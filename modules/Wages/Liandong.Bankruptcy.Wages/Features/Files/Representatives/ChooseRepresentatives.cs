using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Wages.Domain;
using Liandong.Bankruptcy.Wages.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Wages.Features.Files.Representatives;

/// <summary>The employees' representatives (0 to 20 employees on the list; none clears them) and the one on the creditors' committee, if any.</summary>
internal sealed record RepresentativesRequest(
    [property: MaxItems(WageFile.MaxRepresentatives)] List<Guid>? EmployeeIds, Guid? CommitteeRepresentativeId) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (EmployeeIds is null)
        {
            errors.Add("employeeIds", "validation.required");
        }
        else if (EmployeeIds.Distinct().Count() != EmployeeIds.Count)
        {
            errors.Add("employeeIds", "wages.duplicate_representative");
        }
    }
}

/// <summary>
/// The administrator records the employees' representatives: they attend the creditors' meeting (art. 59(5)), and one
/// may sit on the creditors' committee (art. 67: at most nine members, one an employee or union representative).
/// </summary>
internal sealed class ChooseRepresentatives(WagesDbContext db, WageFileReader files)
{
    public async Task HandleAsync(Guid caseId, uint expected, RepresentativesRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        file.ChooseRepresentatives(request.EmployeeIds!, request.CommitteeRepresentativeId).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }

    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPut("/{id:guid}/representatives", (Guid id, RepresentativesRequest request, ChooseRepresentatives handler, WageFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(WagesPermissions.Administer)
            .RequiresIfMatch()
            .Describe("SetEmployeeRepresentatives", "Record the employees' representatives for the creditors' meeting (art. 59(5)) and the committee (art. 67)",
                "确定职工代表（列席债权人会议，可担任债权人委员会成员）");
}
