using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.CaseRegister.Get;

internal static class GetCaseEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapGet("/{id:guid}", async (Guid id, CaseReader reader, HttpContext http, CancellationToken ct) => http.Represent(await reader.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.View)
            .Describe("GetCase", "One case with its debtors and deadlines", "案件详情");
}
