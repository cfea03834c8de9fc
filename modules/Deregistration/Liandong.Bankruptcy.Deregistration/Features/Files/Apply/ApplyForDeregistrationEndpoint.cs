using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Deregistration.Features.Files.Apply;

internal static class ApplyForDeregistrationEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/{id:guid}/application", (Guid id, ApplyForDeregistrationRequest request, ApplyForDeregistration handler, RegistrationFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(DeregistrationPermissions.Administer)
            .RequiresIfMatch()
            .Describe("ApplyForDeregistration", "Apply for deregistration with the termination ruling (art. 121)", "持终结破产程序裁定申请注销登记");
}
