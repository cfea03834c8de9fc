using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Deregistration.Features.Files.Customs;

internal static class CustomsEndpoints
{
    public static void Map(IEndpointRouteBuilder cases)
    {
        cases.MapPut("/{id:guid}/customs", (Guid id, FlagCustomsRequest request, FlagCustoms handler, RegistrationFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(DeregistrationPermissions.Administer)
            .RequiresIfMatch()
            .Describe("FlagCustomsRegistration", "Flag or clear the debtor's customs registration (a closing step for customs)", "标记债务人是否办理海关报关单位备案");
        cases.MapPost("/{id:guid}/customs/done", (Guid id, CustomsDoneRequest request, RecordCustomsDone handler, RegistrationFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(DeregistrationPermissions.Administer)
            .RequiresIfMatch()
            .Describe("RecordCustomsDeregistration", "Record customs' cancellation of the debtor's registration", "登记海关注销备案结果");
    }
}
