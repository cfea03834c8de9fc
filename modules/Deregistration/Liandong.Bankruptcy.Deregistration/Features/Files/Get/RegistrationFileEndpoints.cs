using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Deregistration.Features.Files.Get;

internal static class RegistrationFileEndpoints
{
    public static void Map(IEndpointRouteBuilder cases)
    {
        cases.MapGet("", async (PageRequest page, bool? open, RegistrationFileReader reader, CancellationToken ct) => TypedResults.Ok(await reader.ListAsync(page, open == true, ct)))
            .RequirePermission(DeregistrationPermissions.View)
            .Describe("ListRegistrationFiles", "The county's registration files by case number, a keyset page (?open=true: those with work open)", "案件登记事项列表（可只看有待办事项的案件）");
        cases.MapGet("/{id:guid}", async (Guid id, RegistrationFileReader reader, HttpContext http, CancellationToken ct) => http.Represent(await reader.GetAsync(id, ct)))
            .RequirePermission(DeregistrationPermissions.View)
            .Describe("GetRegistrationFile", "A case's registration file: status publications, registration changes and the closing steps after a terminated liquidation",
                "案件的登记事项：破产状态公示、变更登记、破产清算终结后的注销各环节");
    }
}
