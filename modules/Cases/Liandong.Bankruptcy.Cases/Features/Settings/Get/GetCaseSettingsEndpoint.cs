using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Liandong.Bankruptcy.Cases.Persistence;

namespace Liandong.Bankruptcy.Cases.Features.Settings.Get;

internal static class GetCaseSettingsEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapGet("/settings", async (CasesDbContext db, HttpContext http, CancellationToken ct) => http.Represent(CaseSettingsDto.From(await db.CurrentSettingsAsync(ct))))
            .RequirePermission(CasesPermissions.View)
            .Describe("GetCaseSettings", "The county's case settings", "案件设置");
}
