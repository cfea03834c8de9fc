using Liandong.Bankruptcy.Cases.Features.CaseRegister;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Advance.ClaimPeriod;

internal static class SetClaimPeriodEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPut("/{id:guid}/claim-period", (Guid id, ClaimPeriodRequest request, SetClaimPeriod handler, CaseReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.Advance)
            .RequiresIfMatch()
            .Describe("SetClaimPeriod", "Set the claim period the court announced", "确定债权申报期限");
}
