using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Settings;

internal sealed record SettingsDto(int ReminderDays, string MemoCode, uint Version) : IVersioned
{
    public static async Task<SettingsDto> ReadAsync(CoordinationDbContext db, CancellationToken cancellationToken)
    {
        var settings = await db.Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new CoordinationSettings();
        return new SettingsDto(settings.ReminderDays, settings.MemoCode, settings.Version);
    }
}

/// <summary>The settings; <c>memoCode</c> (机关代字 of the memos' 文号, at most 20 characters) left out keeps the county's (at first 府院联纪).</summary>
internal sealed record SettingsRequest(int? ReminderDays, string? MemoCode = null) : IValidatable
{
    public const int MaxMemoCodeLength = CoordinationSettings.MaxMemoCode;

    public void Validate(ValidationErrors errors)
    {
        errors.OptionalText("memoCode", MemoCode, MaxMemoCodeLength);
        if (MemoCode is not null && MemoCode.Trim().Length == 0)
        {
            errors.Add("memoCode", "validation.required");
        }

        if (ReminderDays is not (>= 0 and <= 10))
        {
            errors.Add("reminderDays", "validation.range", 0, 10);
        }
    }
}

/// <summary>The county's reminder lead; the first save sends <c>If-Match: "0"</c> (the defaults' version) and creates the row.</summary>
internal sealed class UpdateCoordinationSettings(CoordinationDbContext db)
{
    public async Task HandleAsync(uint expected, SettingsRequest request, CancellationToken cancellationToken)
    {
        var settings = db.ExpectVersionOrAdd(await db.Settings.SingleOrDefaultAsync(cancellationToken), expected, () => new CoordinationSettings());
        settings.Update(request.ReminderDays!.Value, request.MemoCode?.Trim());
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The county's coordination settings.</summary>
internal static class CoordinationSettingsFeature
{
    /// <summary>Under <c>/coordination</c>.</summary>
    public static void MapCoordinationSettings(this IEndpointRouteBuilder coordination)
    {
        coordination.MapGet("/settings", async (CoordinationDbContext db, HttpContext http, CancellationToken ct) => http.Represent(await SettingsDto.ReadAsync(db, ct)))
            .RequirePermission(CoordinationPermissions.Items)
            .Describe("GetCoordinationSettings", "The county's coordination settings", "联动设置");
        coordination.MapPut("/settings", (SettingsRequest request, UpdateCoordinationSettings handler, CoordinationDbContext db, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(version, request, ct), () => SettingsDto.ReadAsync(db, ct)))
            .RequirePermission(CoordinationPermissions.Templates)
            .RequiresIfMatch()
            .Describe("UpdateCoordinationSettings", "Change the county's coordination settings", "修改联动设置");
    }
}
