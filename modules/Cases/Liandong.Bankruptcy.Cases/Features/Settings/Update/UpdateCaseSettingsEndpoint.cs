using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Liandong.Bankruptcy.Cases.Persistence;

namespace Liandong.Bankruptcy.Cases.Features.Settings.Update;

internal static class UpdateCaseSettingsEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPut("/settings", (CaseSettingsRequest request, UpdateCaseSettings handler, CasesDbContext db, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(version, request, ct), async () => CaseSettingsDto.From(await db.CurrentSettingsAsync(ct))))
            .RequirePermission(CasesPermissions.Settings)
            .RequiresIfMatch()
            .Describe("UpdateCaseSettings", "Change the county's case settings", "修改案件设置");
}
