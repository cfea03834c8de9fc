using Liandong.Bankruptcy.Assets.Domain.Distribution;
using Liandong.Bankruptcy.Assets.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Assets.Features.Settings;

internal sealed record AssetsSettingsDto(decimal FeeAdjustmentPercent, bool TaxBeforeMortgage, uint Version) : IVersioned
{
    public static AssetsSettingsDto From(AssetsSettings s) => new(s.FeeAdjustmentPercent, s.TaxBeforeMortgage, s.Version);
}

/// <summary>The province's move of the fee caps (−30 to +30, two decimals) and the tax-before-mortgage switch.</summary>
internal sealed record AssetsSettingsRequest(decimal? FeeAdjustmentPercent, bool? TaxBeforeMortgage) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (FeeAdjustmentPercent is not { } p || p < -Fees.MaxAdjustmentPercent || p > Fees.MaxAdjustmentPercent || decimal.Round(p, 2) != p)
        {
            errors.Add("feeAdjustmentPercent", "validation.range", -Fees.MaxAdjustmentPercent, Fees.MaxAdjustmentPercent);
        }

        if (TaxBeforeMortgage is null)
        {
            errors.Add("taxBeforeMortgage", "validation.required");
        }
    }
}

/// <summary>Changes the county's distribution settings (the first change stores them, from version 0).</summary>
internal sealed class UpdateAssetsSettings(AssetsDbContext db)
{
    public async Task HandleAsync(uint expected, AssetsSettingsRequest request, CancellationToken cancellationToken)
    {
        var current = db.ExpectVersionOrAdd(await db.Settings.SingleOrDefaultAsync(cancellationToken), expected, () => new AssetsSettings());
        current.Update(request.FeeAdjustmentPercent!.Value, request.TaxBeforeMortgage!.Value);
        await db.SaveChangesAsync(cancellationToken);
    }
}

internal static class AssetsSettingsFeature
{
    /// <summary>The county's settings, or the defaults (not yet stored) when it has none.</summary>
    public static async Task<AssetsSettings> CurrentSettingsAsync(this AssetsDbContext db, CancellationToken cancellationToken) =>
        await db.Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new AssetsSettings();

    public static void AddAssetsSettings(this IServiceCollection services) => services.AddScoped<UpdateAssetsSettings>();

    /// <summary>Under <c>/assets</c>.</summary>
    public static void MapAssetsSettings(this IEndpointRouteBuilder assets)
    {
        assets.MapGet("/settings", async (AssetsDbContext db, HttpContext http, CancellationToken ct) => http.Represent(AssetsSettingsDto.From(await db.CurrentSettingsAsync(ct))))
            .RequirePermission(AssetsPermissions.View)
            .Describe("GetAssetsSettings", "The county's distribution settings: the provincial move of the administrator's fee caps, tax before a mortgage",
                "破产财产分配设置（管理人报酬上限的省级调整幅度、抵押前税款是否优先）");
        assets.MapPut("/settings", (AssetsSettingsRequest request, UpdateAssetsSettings handler, AssetsDbContext db, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(version, request, ct), async () => AssetsSettingsDto.From(await db.CurrentSettingsAsync(ct))))
            .RequirePermission(AssetsPermissions.Settings)
            .RequiresIfMatch()
            .Describe("UpdateAssetsSettings", "Change the county's distribution settings", "修改破产财产分配设置");
    }
}
