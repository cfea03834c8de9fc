using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Tax.Domain;
using Liandong.Bankruptcy.Tax.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Tax.Features.Settings;

/// <summary>The county's tax settings; a county that never changed them reads the defaults at version 0.</summary>
internal sealed record TaxSettingsDto(TaxClaimClass SocialInsuranceLateFeeClass, TaxClaimClass SocialInsuranceFineClass, string? CreditorId, uint Version) : IVersioned
{
    public static async Task<TaxSettingsDto> ReadAsync(TaxDbContext db, CancellationToken cancellationToken)
    {
        var settings = await db.CurrentSettingsAsync(cancellationToken);
        return new TaxSettingsDto(settings.SocialInsuranceLateFeeClass, settings.SocialInsuranceFineClass, settings.CreditorId, settings.Version);
    }
}

/// <summary>
/// The class of social-insurance late fees and of social-insurance fines ("as the rules provide": class ②, ordinary or
/// subordinated; class ① is the personal accounts' alone), and the bureau's unified social credit code (optional).
/// Lines keep the classes they were declared with.
/// </summary>
internal sealed record TaxSettingsRequest(TaxClaimClass? SocialInsuranceLateFeeClass, TaxClaimClass? SocialInsuranceFineClass, string? CreditorId = null) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        foreach (var (field, value) in new[] { ("socialInsuranceLateFeeClass", SocialInsuranceLateFeeClass), ("socialInsuranceFineClass", SocialInsuranceFineClass) })
        {
            errors.Defined(field, value);
            if (value == TaxClaimClass.Employee)
            {
                errors.Add(field, "validation.invalid_value");
            }
        }

        if (!string.IsNullOrWhiteSpace(CreditorId) && CreditorId.Trim().ToUpperInvariant() is var id
            && !(Uscc.IsWellFormed(id) && Uscc.CheckCharacterMatches(id)))
        {
            errors.Add("creditorId", "validation.creditor_id");
        }
    }
}

internal sealed class UpdateTaxSettings(TaxDbContext db)
{
    public async Task HandleAsync(uint expected, TaxSettingsRequest request, CancellationToken cancellationToken)
    {
        var settings = db.ExpectVersionOrAdd(await db.Settings.SingleOrDefaultAsync(cancellationToken), expected, () => new TaxSettings());
        settings.Update(request.SocialInsuranceLateFeeClass!.Value, request.SocialInsuranceFineClass!.Value,
            string.IsNullOrWhiteSpace(request.CreditorId) ? null : request.CreditorId.Trim().ToUpperInvariant());
        await db.SaveChangesAsync(cancellationToken);
    }
}

internal static class TaxSettingsFeature
{
    /// <summary>Under <c>/tax</c>.</summary>
    public static void MapTaxSettings(this IEndpointRouteBuilder tax)
    {
        tax.MapGet("/settings", async (TaxDbContext db, HttpContext http, CancellationToken ct) => http.Represent(await TaxSettingsDto.ReadAsync(db, ct)))
            .RequirePermission(TaxPermissions.View)
            .Describe("GetTaxSettings", "The county's tax settings", "税务设置");
        tax.MapPut("/settings", (TaxSettingsRequest request, UpdateTaxSettings handler, TaxDbContext db, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(version, request, ct), () => TaxSettingsDto.ReadAsync(db, ct)))
            .RequirePermission(TaxPermissions.Settings)
            .RequiresIfMatch()
            .Describe("UpdateTaxSettings", "Change the county's tax settings (classes of social-insurance late fees and fines; the bureau's code)",
                "修改税务设置（社会保险费滞纳金与罚款的清偿顺序；税务机关统一社会信用代码）");
    }
}
