using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;
using Liandong.Bankruptcy.Tax.Domain;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases;

/// <summary>What several steps share: the register lines a reviewed claim line becomes.</summary>
internal static class TaxFileSteps
{
    public const string SourceModule = "tax";

    /// <summary>A date as refusals show it (yyyy-MM-dd), or empty.</summary>
    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    /// <summary>
    /// The claims-register lines of a reviewed line: one per part with an amount declared, keyed by the line and the part,
    /// in its class, as the bureau (one creditor), with the administrator's review of that part.
    /// </summary>
    public static IEnumerable<ClaimLineReported> RegisterLines(TaxCase file, TaxClaimLine line) =>
        line.Parts().Select(p => new ClaimLineReported(
            file.Id, SourceModule, $"{line.Id:N}.{p.Part}", $"{file.Creditor}", p.Class.ToString(), p.VotingClass, p.Declared, 0, 0, line.DeclaredOn,
            file.CreditorId, p.SocialInsurance,
            (p.Confirmed ?? 0) == p.Declared ? "Confirmed" : p.Confirmed is null or 0 ? "Rejected" : "PartlyConfirmed",
            p.Confirmed, line.ReviewReason ?? (line.Review == TaxLineReview.Rejected ? "—" : null), line.ReviewedOn));
}
