using Liandong.Bankruptcy.Cases.Features.CaseRegister;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Judges;

/// <summary>A judge the register form and the assignment offer: the user, their name and their court.</summary>
internal sealed record JudgeDto(Guid UserId, string Name, string? Court);

internal static class JudgesEndpoints
{
    /// <summary>Under <c>/cases</c>.</summary>
    public static void Map(IEndpointRouteBuilder cases)
    {
        cases.MapGet("/judges", async (CourtJudges judges, CancellationToken ct) =>
                TypedResults.Ok((await judges.ListAsync(ct)).Select(j => new JudgeDto(j.UserId, j.DisplayName, j.UnitName)).ToList()))
            .RequirePermission(CasesPermissions.View)
            .Describe("ListJudges", "The county's judges (active members of its court), by name: whom a case's presiding judge and panel name", "本县区法院法官名单");

        cases.MapPut("/{id:guid}/judges", (Guid id, AssignJudgesRequest request, AssignJudges handler, CaseReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.AssignJudges)
            .RequiresIfMatch()
            .Describe("AssignJudges", "Name the case's presiding judge and panel from the court's members", "指定承办法官与合议庭成员");
    }
}
