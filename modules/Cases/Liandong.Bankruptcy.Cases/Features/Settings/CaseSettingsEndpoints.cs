using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Settings;

/// <summary>
/// The county's case settings (fast-track target, long-pending age). A county that never saved them reads the
/// defaults at version 0; the first update sends <c>If-Match: "0"</c> and creates the row.
/// </summary>
internal static class CaseSettingsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var settings = api.MapGroup("/cases/settings").WithTags("Cases");
        settings.MapGet("/", Get).RequirePermission(CasesPermissions.View)
            .Describe("GetCaseSettings", "The county's case settings", "案件设置");
        settings.MapPut("/", Update).RequirePermission(CasesPermissions.Settings).RequiresIfMatch()
            .Describe("UpdateCaseSettings", "Change the county's case settings", "修改案件设置");
    }

    /// <summary>The county's settings, or the defaults (not yet stored) when it has none.</summary>
    internal static async Task<CaseSettings> CurrentAsync(CasesDbContext db, CancellationToken cancellationToken) =>
        await db.Settings.SingleOrDefaultAsync(cancellationToken) ?? new CaseSettings();

    private static async Task<Ok<CaseSettingsDto>> Get(CasesDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var current = await CurrentAsync(db, cancellationToken);
        http.SetETag(current);
        return TypedResults.Ok(CaseSettingsDto.From(current));
    }

    private static async Task<Ok<CaseSettingsDto>> Update(CaseSettingsRequest request, CasesDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var current = db.ExpectVersionOrAdd(await db.Settings.SingleOrDefaultAsync(cancellationToken), http.RequiredIfMatch(), () => new CaseSettings());
        current.Update(request.FastTrackMonths!.Value, request.LongPendingMonths!.Value);
        await db.SaveChangesAsync(cancellationToken);
        http.SetETag(current);
        return TypedResults.Ok(CaseSettingsDto.From(current));
    }
}

internal sealed record CaseSettingsDto(int FastTrackMonths, int LongPendingMonths, uint Version)
{
    public static CaseSettingsDto From(CaseSettings s) => new(s.FastTrackMonths, s.LongPendingMonths, s.Version);
}

internal sealed record CaseSettingsRequest(int? FastTrackMonths, int? LongPendingMonths) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (FastTrackMonths is not (>= 1 and <= 12))
        {
            errors.Add("fastTrackMonths", "validation.range", 1, 12);
        }

        if (LongPendingMonths is not (>= 6 and <= 60))
        {
            errors.Add("longPendingMonths", "validation.range", 6, 60);
        }
    }
}
