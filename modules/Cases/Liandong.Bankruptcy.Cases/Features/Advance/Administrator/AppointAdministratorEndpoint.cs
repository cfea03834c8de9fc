using Liandong.Bankruptcy.Cases.Features.CaseRegister;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Advance.Administrator;

internal static class AppointAdministratorEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPut("/{id:guid}/administrator", (Guid id, AppointAdministratorRequest request, AppointAdministrator handler, CaseReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.Advance)
            .RequiresIfMatch()
            .Describe("AppointAdministrator", "Appoint the administrator firm", "指定管理人");
}
