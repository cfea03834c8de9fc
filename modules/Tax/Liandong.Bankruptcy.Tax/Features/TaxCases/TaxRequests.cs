using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases;

/// <summary>The checks every tax request shares: money at most a trillion and in whole cents.</summary>
internal static class TaxRequests
{
    public const decimal MaxAmount = 1_000_000_000_000m;

    /// <summary>Null is allowed unless <paramref name="required"/>; otherwise 0 … a trillion, in whole cents (no amount is rounded unseen).</summary>
    public static void Amount(this ValidationErrors errors, string field, decimal? amount, bool required = false)
    {
        if (amount is null ? required : amount < 0 || amount > MaxAmount || decimal.Round(amount.Value, 2) != amount)
        {
            errors.Add(field, "validation.amount");
        }
    }
}

/// <summary>A step that needs only its date.</summary>
internal sealed record TaxDateRequest(DateOnly? On) : IValidatable
{
    public void Validate(ValidationErrors errors) => errors.RequiredDate("on", On);
}
