using Liandong.Bankruptcy.Cases.Features.CaseRegister;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Advance.Advance;

internal static class AdvanceCaseEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/{id:guid}/transitions", (Guid id, TransitionRequest request, AdvanceCase handler, CaseReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.Advance)
            .RequiresIfMatch()
            .Describe("AdvanceCase", "Advance a case by a ruling", "推进案件（裁定）");
}
