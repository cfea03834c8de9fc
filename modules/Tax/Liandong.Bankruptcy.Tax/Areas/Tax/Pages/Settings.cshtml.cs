using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Tax.Features.Settings;
using Liandong.Bankruptcy.Tax.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace Liandong.Bankruptcy.Tax.Areas.Tax.Pages;

/// <summary>The county's tax settings: the classes of social-insurance late fees and fines, the bureau's code.</summary>
[RequirePermission(TaxPermissions.Settings)]
internal sealed class SettingsModel(TaxDbContext db) : FormPage
{
    public TaxSettingsDto Settings { get; private set; } = null!;

    protected override string? ManagePermission => TaxPermissions.Settings;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Settings = await TaxSettingsDto.ReadAsync(db, cancellationToken);

    public Task<IActionResult> OnPostAsync(uint version, TaxSettingsRequest settings, [FromServices] UpdateTaxSettings update, CancellationToken cancellationToken) =>
        SubmitAsync(TaxPermissions.Settings, settings, () => update.HandleAsync(version, settings, cancellationToken), () => OnGetAsync(cancellationToken), cancellationToken);
}
