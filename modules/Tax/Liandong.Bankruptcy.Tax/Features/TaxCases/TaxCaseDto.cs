using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Tax.Domain;

namespace Liandong.Bankruptcy.Tax.Features.TaxCases;

/// <summary>A case's tax file as its GET (and every step's answer) shows it, the arithmetic of every late fee included.</summary>
internal sealed record TaxCaseDto(
    Guid CaseId, string CaseNumber, string? DebtorName, string? DebtorUscc, string Procedure, string State, DateOnly? AcceptedOn,
    DateOnly? ClaimDeadline, string? Creditor, string? CreditorId, int Declarations, IReadOnlyList<TaxLineDto> Lines, IReadOnlyList<TaxClassTotalDto> Totals,
    PreservationDto Preservation, AbnormalTaxpayerDto AbnormalTaxpayer, IReadOnlyList<PostAcceptanceTaxDto> PostAcceptanceTaxes, ClearanceDto Clearance,
    CreditRepairDto CreditRepair, uint Version) : IVersioned
{
    public static TaxCaseDto From(TaxCase c)
    {
        var lines = c.Lines.OrderBy(l => l.Number).Select(l => TaxLineDto.From(l, c.AcceptedOn)).ToList();
        var totals = lines.SelectMany(l => l.Parts).GroupBy(p => p.Class)
            .Select(g => new TaxClassTotalDto(g.Key, g.Sum(p => p.Declared), g.Sum(p => p.Confirmed ?? 0)))
            .OrderBy(t => Enum.Parse<TaxClaimClass>(t.Class)).ToList();
        return new TaxCaseDto(
            c.Id, c.CaseNumber, c.DebtorName, c.DebtorUscc, c.Procedure, c.State, c.AcceptedOn, c.ClaimDeadline, c.Creditor, c.CreditorId, c.Declarations,
            lines, totals,
            new PreservationDto(c.PreservationLiftedOn, c.PreservationMeasures),
            new AbnormalTaxpayerDto(c.AbnormalTaxpayer, c.AbnormalSince, c.AbnormalReason, c.ReturnsFiledOn, c.PenaltyDecision, c.AbnormalLiftedOn),
            [.. c.PostAcceptanceTaxes.OrderBy(t => t.ArisingOn).ThenBy(t => t.Id)
                .Select(t => new PostAcceptanceTaxDto(t.Id, t.Source.ToString(), t.Class, t.TaxType, t.Amount, t.ArisingOn, t.InvoiceNumber, t.Description))],
            new ClearanceDto(c.TerminatedOn is not null, c.TerminatedOn, c.ClearanceNumber, c.ClearanceIssuedOn, c.ConfirmedTotal, c.PaidInDistribution, c.WrittenOff),
            new CreditRepairDto(c.CreditRepair.ToString(), c.CreditRequestedOn, c.CreditDecidedOn, c.CreditRating, c.CreditRefusalReason),
            c.Version);
    }
}

/// <summary>One declared line: its amounts, the late fee's arithmetic, the review, and the register lines (parts) it makes.</summary>
internal sealed record TaxLineDto(
    Guid Id, int Number, int Declaration, string Kind, string TaxType, DateOnly PeriodFrom, DateOnly PeriodTo, DateOnly DueDate, decimal Principal,
    decimal PersonalAccount, LateFeeDto LateFee, decimal Penalty, string? PenaltyDecision, decimal Declared, DateOnly DeclaredOn, bool Supplementary,
    string Review, decimal? ConfirmedPrincipal, decimal? ConfirmedPersonalAccount, decimal? ConfirmedLateFee, decimal? ConfirmedPenalty, decimal? Confirmed,
    string? ReviewReason, DateOnly? ReviewedOn, IReadOnlyList<TaxPartDto> Parts)
{
    public static TaxLineDto From(TaxClaimLine l, DateOnly? acceptedOn)
    {
        var fee = acceptedOn is { } accepted ? l.LateFeeComputation(accepted) : new LateFeeComputation(l.Principal, 0, null, null, 0);
        return new TaxLineDto(
            l.Id, l.Number, l.Declaration, l.Kind.ToString(), l.TaxType, l.PeriodFrom, l.PeriodTo, l.DueDate, l.Principal, l.PersonalAccount,
            new LateFeeDto(Domain.LateFee.DailyRate, l.LateFeeDays, fee.From, fee.Through, l.LateFeeAmount, fee.Arithmetic), l.Penalty, l.PenaltyDecision,
            l.Declared, l.DeclaredOn, l.Supplementary, l.Review.ToString(), l.ConfirmedPrincipal, l.ConfirmedPersonalAccount, l.ConfirmedLateFee, l.ConfirmedPenalty,
            l.Confirmed, l.ReviewReason, l.ReviewedOn,
            [.. l.Parts().Select(p => new TaxPartDto(p.Part.ToString(), p.Class.ToString(), p.VotingClass, p.SocialInsurance, p.Declared, p.Confirmed))]);
    }
}

/// <summary>The late fee: <c>Rate</c> a day for <c>Days</c> days (<c>From</c> the day after the due date <c>Through</c> the acceptance date), and the sum as written out.</summary>
internal sealed record LateFeeDto(decimal Rate, int Days, DateOnly? From, DateOnly? Through, decimal Amount, string Arithmetic);

/// <summary>A part of a line as the claims register holds it: its distribution class (the Cases <c>PriorityClass</c>), voting class, and amounts.</summary>
internal sealed record TaxPartDto(string Part, string Class, string VotingClass, bool SocialInsurance, decimal Declared, decimal? Confirmed);

internal sealed record TaxClassTotalDto(string Class, decimal Declared, decimal Confirmed);

internal sealed record PreservationDto(DateOnly? LiftedOn, IReadOnlyList<string> Measures);

internal sealed record AbnormalTaxpayerDto(bool Current, DateOnly? Since, string? Reason, DateOnly? ReturnsFiledOn, string? PenaltyDecision, DateOnly? LiftedOn);

internal sealed record PostAcceptanceTaxDto(Guid Id, string Source, string Class, string TaxType, decimal Amount, DateOnly ArisingOn, string? InvoiceNumber, string? Description);

/// <summary>The clearance document: due once the liquidation terminated; the confirmed claims, what the distribution paid, what is written off.</summary>
internal sealed record ClearanceDto(bool Due, DateOnly? TerminatedOn, string? DocumentNumber, DateOnly? IssuedOn, decimal Confirmed, decimal? Paid, decimal? WrittenOff);

internal sealed record CreditRepairDto(string Status, DateOnly? RequestedOn, DateOnly? DecidedOn, string? Rating, string? RefusalReason);

/// <summary>A row of the tax officer's list of cases.</summary>
internal sealed record TaxCaseSummaryDto(Guid CaseId, string CaseNumber, string? DebtorName, string State, DateOnly? AcceptedOn, DateOnly? ClaimDeadline,
    int Lines, int Pending, bool PreservationLifted, bool AbnormalTaxpayer, bool ClearanceDue, bool ClearanceIssued, string CreditRepair);
