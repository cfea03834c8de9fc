using Liandong.Bankruptcy.Assets.Domain;
using Liandong.Bankruptcy.Assets.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Assets.Features.Files.Register;

/// <summary>A charge on the asset: its rank, its holder, the secured amount, the secured claim's number in the Cases register.</summary>
internal sealed record EncumbranceRequest(EncumbranceRank? Rank, string? Holder, decimal? Amount, int? ClaimNumber);

/// <summary>
/// An asset as the administrator records it: kind, description, location, identifier, appraisal (value and date, both or
/// neither), charges (at most 20); a new one may name the inquiry result it comes from.
/// </summary>
internal sealed record AssetRequest(
    AssetKind? Kind, string? Description, string? Location, string? Identifier, decimal? AppraisedValue, DateOnly? AppraisedOn,
    [property: MaxItems(Asset.MaxEncumbrances)] List<EncumbranceRequest>? Encumbrances, int? Inquiry, int? Result) : IValidatable
{
    public const decimal MaxAmount = 100_000_000_000m;

    public void Validate(ValidationErrors errors)
    {
        errors.Defined("kind", Kind);
        errors.RequiredText("description", Description, Asset.MaxText);
        errors.OptionalText("location", Location, Asset.MaxText);
        errors.OptionalText("identifier", Identifier, 100);
        Money(errors, "appraisedValue", AppraisedValue);
        if ((AppraisedValue is null) != (AppraisedOn is null))
        {
            errors.Add(AppraisedValue is null ? "appraisedValue" : "appraisedOn", "validation.required");
        }

        for (var i = 0; i < (Encumbrances?.Count ?? 0); i++)
        {
            var e = Encumbrances![i];
            errors.Defined($"encumbrances[{i}].rank", e?.Rank);
            errors.RequiredText($"encumbrances[{i}].holder", e?.Holder, 200);
            if (e?.Amount is null)
            {
                errors.Add($"encumbrances[{i}].amount", "validation.required");
            }

            Money(errors, $"encumbrances[{i}].amount", e?.Amount);
            if (e?.ClaimNumber is < 1)
            {
                errors.Add($"encumbrances[{i}].claimNumber", "validation.invalid_value");
            }
        }

        if ((Inquiry is null) != (Result is null))
        {
            errors.Add(Inquiry is null ? "inquiry" : "result", "validation.required");
        }
    }

    /// <summary>An amount in yuan to the cent, 0 to 100 billion.</summary>
    public static void Money(ValidationErrors errors, string field, decimal? amount)
    {
        if (amount is { } value && (value < 0 || value > MaxAmount || decimal.Round(value, 2) != value))
        {
            errors.Add(field, "validation.amount");
        }
    }

    public AssetDetails ToDetails() => new(
        Kind!.Value, Description!.Trim(), Text(Location), Text(Identifier), AppraisedValue, AppraisedOn,
        [.. (Encumbrances ?? []).Select(e => (e.Rank!.Value, e.Holder!.Trim(), e.Amount!.Value, e.ClaimNumber))]);

    public static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>An asset entered in the register (numbered in the case), from an inquiry's result line when it names one (each line recorded once).</summary>
internal sealed class AddAsset(AssetsDbContext db, AssetFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, AssetRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        if (request.AppraisedOn is { } appraised)
        {
            clock.NotInFuture(appraised, "appraisedOn");
        }

        file.AddAsset(request.ToDetails(), request.Inquiry, request.Result).Outcome.OrRefuse(AssetFile.MaxAssets);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>An asset held by the estate described anew (a new appraisal, charges found); one realized or returned stays as it was.</summary>
internal sealed class UpdateAsset(AssetsDbContext db, AssetFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, int number, uint expected, AssetRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        if (request.AppraisedOn is { } appraised)
        {
            clock.NotInFuture(appraised, "appraisedOn");
        }

        file.UpdateAsset(number, request.ToDetails()).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>
/// A seizure, freeze or attachment on the asset: the seizing body (with its unit kind when it is one of the county's
/// member units, so the lifting letter reaches it as an item), the document's number, the day.
/// </summary>
internal sealed record SeizureRequest(string? SeizingBody, Platform.Domain.UnitKind? UnitKind, string? DocumentNumber, DateOnly? SeizedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("seizingBody", SeizingBody, Seizure.MaxText);
        if (UnitKind is { } kind && !Enum.IsDefined(kind))
        {
            errors.Add("unitKind", "validation.invalid_value");
        }

        errors.RequiredText("documentNumber", DocumentNumber, 100);
        errors.RequiredDate("seizedOn", SeizedOn);
    }
}

internal sealed class AddSeizure(AssetsDbContext db, AssetFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, int assetNumber, uint expected, SeizureRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        clock.NotInFuture(request.SeizedOn!.Value, "seizedOn");
        file.AddSeizure(assetNumber, request.SeizingBody!.Trim(), request.UnitKind?.ToString(), request.DocumentNumber!.Trim(), request.SeizedOn.Value).Outcome.OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>A third party's claim that the asset is its own (right of retrieval, art. 38): who, on what basis, when.</summary>
internal sealed record RetrievalClaimRequest(string? Claimant, string? Basis, DateOnly? ClaimedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("claimant", Claimant, 200);
        errors.RequiredText("basis", Basis, Asset.MaxText);
        errors.RequiredDate("claimedOn", ClaimedOn);
    }
}

internal sealed class ClaimRetrieval(AssetsDbContext db, AssetFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, int assetNumber, uint expected, RetrievalClaimRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        clock.NotInFuture(request.ClaimedOn!.Value, "claimedOn");
        file.ClaimRetrieval(assetNumber, request.Claimant!.Trim(), request.Basis!.Trim(), request.ClaimedOn.Value).OrRefuse(file.AcceptedOn.GetValueOrDefault());
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>The administrator's decision on a retrieval claim: accepted returns the asset to its owner; rejected keeps it in the estate.</summary>
internal sealed record RetrievalDecisionRequest(bool? Accepted, DateOnly? DecidedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Accepted is null)
        {
            errors.Add("accepted", "validation.required");
        }

        errors.RequiredDate("decidedOn", DecidedOn);
    }
}

internal sealed class DecideRetrieval(AssetsDbContext db, AssetFileReader files, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, int assetNumber, uint expected, RetrievalDecisionRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        clock.NotInFuture(request.DecidedOn!.Value, "decidedOn");
        file.DecideRetrieval(assetNumber, request.Accepted!.Value, request.DecidedOn.Value).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}
