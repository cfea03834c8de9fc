using Liandong.Bankruptcy.Assets.Domain;
using Liandong.Bankruptcy.Assets.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Assets.Features.Files.Realization;

/// <summary>
/// The realization plan as adopted: by the creditors' meeting or the court's ruling, its basis (the resolution or
/// ruling), the day; the first starting price as a percentage of the appraisal (above 0, at most 100), the largest cut
/// per round (0 to below 100), the auction rounds (1 to 10), the deposit percentage (0 to 100), whether a fixed-price
/// sale may follow failed auctions. Percentages to two decimals.
/// </summary>
internal sealed record AdoptRealizationPlanRequest(
    PlanAdoption? AdoptedBy, string? Basis, DateOnly? AdoptedOn, decimal? FirstPricePercent, decimal? CutPercent, int? AuctionRounds,
    decimal? DepositPercent, bool? FixedPriceSale) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.Defined("adoptedBy", AdoptedBy);
        errors.RequiredText("basis", Basis, 300);
        errors.RequiredDate("adoptedOn", AdoptedOn);
        Percent(errors, "firstPricePercent", FirstPricePercent, 0m, false);
        Percent(errors, "cutPercent", CutPercent, 0m, true);
        if (CutPercent == 100m)
        {
            errors.Add("cutPercent", "validation.range", 0, 99.99m);
        }

        Percent(errors, "depositPercent", DepositPercent, 0m, true);
        if (AuctionRounds is not (>= 1 and <= 10))
        {
            errors.Add("auctionRounds", "validation.range", 1, 10);
        }

        if (FixedPriceSale is null)
        {
            errors.Add("fixedPriceSale", "validation.required");
        }
    }

    private static void Percent(ValidationErrors errors, string field, decimal? value, decimal min, bool minIncluded)
    {
        if (value is not { } v || v > 100m || (minIncluded ? v < min : v <= min) || decimal.Round(v, 2) != v)
        {
            errors.Add(field, "validation.range", min, 100);
        }
    }
}

/// <summary>The plan adopted (a new adoption replaces the one in force and counts a version); where it departs from the SPC defaults is shown, not refused.</summary>
internal sealed class AdoptRealizationPlan(AssetsDbContext db, AssetFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, AdoptRealizationPlanRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        clock.NotInFuture(request.AdoptedOn!.Value, "adoptedOn");
        file.AdoptPlan(new RealizationPlan(request.AdoptedBy!.Value, request.Basis!.Trim(), request.AdoptedOn.Value, request.FirstPricePercent!.Value,
            request.CutPercent!.Value, request.AuctionRounds!.Value, request.DepositPercent!.Value, request.FixedPriceSale!.Value)).OrRefuse(file.AcceptedOn.GetValueOrDefault());
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>An asset put up: an auction round or a fixed-price sale, its starting (or fixed) price and deposit, the announcement and the start.</summary>
internal sealed record PutUpForSaleRequest(int? AssetNumber, SaleMethod? Method, decimal? StartingPrice, decimal? Deposit, DateOnly? AnnouncedOn, DateOnly? StartsOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (AssetNumber is not > 0)
        {
            errors.Add("assetNumber", "validation.required");
        }

        errors.Defined("method", Method);
        if (StartingPrice is not > 0)
        {
            errors.Add("startingPrice", "validation.amount");
        }

        Register.AssetRequest.Money(errors, "startingPrice", StartingPrice);
        Register.AssetRequest.Money(errors, "deposit", Deposit ?? 0);
        errors.RequiredDate("announcedOn", AnnouncedOn);
        errors.RequiredDate("startsOn", StartsOn);
        if (StartsOn < AnnouncedOn)
        {
            errors.Add("startsOn", "assets.starts_before_announcement");
        }
    }
}

/// <summary>
/// An asset put up for sale under the plan in force (its refusals in <see cref="AssetFile.PutUp"/>); the SPC defaults it
/// departs from (notice by kind, first price, cut, deposit, re-auction within 30 days, fixed price after two failures)
/// are kept on it as warnings, counted over the county's calendar.
/// </summary>
internal sealed class PutUpForSale(AssetsDbContext db, AssetFileReader files, IHolidayCalendar calendars, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, PutUpForSaleRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        clock.NotInFuture(request.AnnouncedOn!.Value, "announcedOn");
        var calendar = await calendars.GetAsync(cancellationToken);
        file.PutUp(request.AssetNumber!.Value, request.Method!.Value, request.StartingPrice!.Value, request.Deposit ?? 0m, request.AnnouncedOn.Value, request.StartsOn!.Value, calendar)
            .Outcome.OrRefuse(file.PlanAdoptedOn.GetValueOrDefault());
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>How the sale ended: sold (the price, at least the starting price, and the buyer) or failed; the day.</summary>
internal sealed record EndSaleRequest(bool? Sold, decimal? Price, string? Buyer, DateOnly? EndedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Sold is null)
        {
            errors.Add("sold", "validation.required");
        }

        if (Sold == true)
        {
            if (Price is not > 0)
            {
                errors.Add("price", "validation.amount");
            }

            Register.AssetRequest.Money(errors, "price", Price);
            errors.RequiredText("buyer", Buyer, Sale.MaxText);
        }

        errors.RequiredDate("endedOn", EndedOn);
    }
}

/// <summary>A sale's end: sold realizes the asset and books its price as a receipt of the administrator's account; failed opens the next round.</summary>
internal sealed class EndSale(AssetsDbContext db, AssetFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, int number, uint expected, EndSaleRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        clock.NotInFuture(request.EndedOn!.Value, "endedOn");
        file.EndSale(number, request.Sold!.Value, request.Price, request.Buyer?.Trim(), request.EndedOn.Value).Outcome.OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}
