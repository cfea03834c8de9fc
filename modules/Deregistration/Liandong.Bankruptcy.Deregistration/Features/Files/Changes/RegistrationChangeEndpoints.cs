using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Deregistration.Features.Files.Changes;

internal static class RegistrationChangeEndpoints
{
    public static void Map(IEndpointRouteBuilder cases)
    {
        cases.MapPost("/{id:guid}/changes", (Guid id, ApplyForChangeRequest request, ApplyForChange handler, RegistrationFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(DeregistrationPermissions.Administer)
            .RequiresIfMatch()
            .Describe("ApplyForRegistrationChange", "Apply for a registration change during the case, with the court's consent or on the administrator's application",
                "破产期间申请变更登记（经法院同意或依管理人申请）");
        cases.MapPost("/{id:guid}/changes/registered", (Guid id, RegisterChangeRequest request, RegisterChange handler, RegistrationFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(DeregistrationPermissions.Register)
            .RequiresIfMatch()
            .Describe("RegisterChange", "Register a change applied for during the case", "办理破产期间的变更登记");
    }
}
