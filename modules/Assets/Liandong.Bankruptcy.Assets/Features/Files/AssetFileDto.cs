using Liandong.Bankruptcy.Assets.Domain;
using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Assets.Features.Files;

/// <summary>A case's estate as its GET (and every step's answer) shows it; enum values are their names.</summary>
internal sealed record AssetFileDto(
    Guid CaseId, string CaseNumber, string? DebtorName, string State, DateOnly? AcceptedOn,
    IReadOnlyList<TakeoverItemDto> Takeover, IReadOnlyList<AssetDto> Assets, IReadOnlyList<InquiryDto> Inquiries,
    RealizationPlanDto? Plan, IReadOnlyList<SaleDto> Sales, AccountDto Account, Features.Files.Distribution.DistributionDto Distribution, uint Version) : IVersioned
{
    public static AssetFileDto From(AssetFile f)
    {
        var seizures = f.Seizures.ToLookup(s => s.AssetId);
        return new(
            f.Id, f.CaseNumber, f.DebtorName, f.State, f.AcceptedOn,
            [.. f.Takeover.OrderBy(t => t.Number).Select(t => new TakeoverItemDto(
                t.Number, t.Category.ToString(), t.Description, t.Status.ToString(), t.HandedOverBy, t.ReceivedBy, t.On, t.Note, t.PoliceRequests))],
            [.. f.Assets.OrderBy(a => a.Number).Select(a => new AssetDto(
                a.Number, a.Kind.ToString(), a.Description, a.Location, a.Identifier, a.AppraisedValue, a.AppraisedOn, a.Status.ToString(),
                a.InquiryNumber, a.ResultPosition,
                [.. a.Encumbrances.OrderBy(e => e.Position).Select(e => new EncumbranceDto(e.Position, e.Rank.ToString(), e.Holder, e.Amount, e.ClaimNumber))],
                [.. seizures[a.Id].OrderBy(s => s.Number).Select(s => new SeizureDto(
                    s.Number, s.SeizingBody, s.UnitKind, s.DocumentNumber, s.SeizedOn, s.Status.ToString(), s.Step.ToString(), s.StepOn, s.LiftedOn, s.ProceedsHandedOver))],
                a.Retrieval is null ? null : new RetrievalDto(a.RetrievalClaimant!, a.RetrievalBasis!, a.RetrievalClaimedOn!.Value, a.Retrieval.ToString()!, a.RetrievalDecidedOn)))],
            [.. f.Inquiries.OrderBy(i => i.Number).Select(i => new InquiryDto(
                i.Number, i.Target.ToString(), AssetItems.UnitOf(i.Target).ToString(), i.SentOn, i.Status.ToString(), i.AnsweredOn, i.AnsweredBy, i.Note,
                [.. i.Results.OrderBy(r => r.Position).Select(r => new InquiryResultDto(r.Position, r.Description, r.Identifier, r.Location, r.Value, r.Restrictions, r.AssetNumber))]))],
            f.Plan is { } p ? new RealizationPlanDto(f.PlanVersion, p.AdoptedBy.ToString(), p.Basis, p.AdoptedOn, p.FirstPricePercent, p.CutPercent, p.AuctionRounds,
                p.DepositPercent, p.FixedPriceSale, [.. SaleRules.Of(p)]) : null,
            [.. f.Sales.OrderBy(s => s.Number).Select(s => new SaleDto(
                s.Number, s.AssetNumber, s.Round, s.Method.ToString(), s.StartingPrice, s.Deposit, s.AnnouncedOn, s.StartsOn, s.Outcome.ToString(), s.Price, s.Buyer, s.EndedOn, s.Warnings))],
            new AccountDto(f.AccountRequestedOn, f.AccountBank, f.AccountNumber, f.AccountOpenedOn, f.Receipts, f.Payments, f.Balance,
                f.Entries.Where(e => e.Status == EntryStatus.AwaitingApproval).Sum(e => e.Amount),
                [.. f.Entries.OrderBy(e => e.Number).Select(e => new AccountEntryDto(
                    e.Number, e.Direction.ToString(), e.Amount, e.On, e.Counterparty, e.Purpose, e.Source.ToString(), e.SourceNumber, e.Approval.ToString(),
                    e.RequestNumber, e.Consent, e.Status.ToString(), e.StatementLine))],
                [.. f.Statement.OrderBy(l => l.Number).Select(l => new StatementLineDto(l.Number, l.On, l.Direction.ToString(), l.Amount, l.Counterparty, l.Memo, l.EntryNumber))],
                f.Statement.Count(l => l.EntryNumber is null),
                f.Entries.Count(e => e.Status == EntryStatus.Booked && e.StatementLine is null)),
            Features.Files.Distribution.DistributionDto.From(f),
            f.Version);
    }
}

internal sealed record TakeoverItemDto(
    int Number, string Category, string Description, string Status, string? HandedOverBy, string? ReceivedBy, DateOnly? On, string? Note, int PoliceRequests);

internal sealed record AssetDto(
    int Number, string Kind, string Description, string? Location, string? Identifier, decimal? AppraisedValue, DateOnly? AppraisedOn, string Status,
    int? InquiryNumber, int? ResultPosition, IReadOnlyList<EncumbranceDto> Encumbrances, IReadOnlyList<SeizureDto> Seizures, RetrievalDto? Retrieval);

internal sealed record EncumbranceDto(int Position, string Rank, string Holder, decimal Amount, int? ClaimNumber);

internal sealed record SeizureDto(
    int Number, string SeizingBody, string? UnitKind, string DocumentNumber, DateOnly SeizedOn, string Status, string Step, DateOnly? StepOn, DateOnly? LiftedOn,
    decimal? ProceedsHandedOver);

internal sealed record RetrievalDto(string Claimant, string Basis, DateOnly ClaimedOn, string Status, DateOnly? DecidedOn);

/// <summary>An inquiry with the unit kind it went to (a Platform <c>UnitKind</c> name) and its answer's lines.</summary>
internal sealed record InquiryDto(
    int Number, string Target, string Unit, DateOnly SentOn, string Status, DateOnly? AnsweredOn, string? AnsweredBy, string? Note, IReadOnlyList<InquiryResultDto> Results);

internal sealed record InquiryResultDto(int Position, string Description, string? Identifier, string? Location, decimal? Value, string? Restrictions, int? AssetNumber);

/// <summary>The plan in force with the SPC defaults it departs from (warning codes).</summary>
internal sealed record RealizationPlanDto(
    int Version, string AdoptedBy, string Basis, DateOnly AdoptedOn, decimal FirstPricePercent, decimal CutPercent, int AuctionRounds, decimal DepositPercent,
    bool FixedPriceSale, IReadOnlyList<string> Warnings);

internal sealed record SaleDto(
    int Number, int AssetNumber, int Round, string Method, decimal StartingPrice, decimal Deposit, DateOnly AnnouncedOn, DateOnly StartsOn, string Outcome,
    decimal? Price, string? Buyer, DateOnly? EndedOn, IReadOnlyList<string> Warnings);

/// <summary>
/// The administrator's account: the balance is the booked receipts less the booked payments; payments awaiting approval
/// are shown apart; the reconciliation counts the statement lines and the booked entries still unmatched.
/// </summary>
internal sealed record AccountDto(
    DateOnly? RequestedOn, string? Bank, string? Number, DateOnly? OpenedOn, decimal Receipts, decimal Payments, decimal Balance, decimal AwaitingApproval,
    IReadOnlyList<AccountEntryDto> Entries, IReadOnlyList<StatementLineDto> Statement, int UnmatchedLines, int UnmatchedEntries);

internal sealed record AccountEntryDto(
    int Number, string Direction, decimal Amount, DateOnly On, string Counterparty, string Purpose, string Source, int? SourceNumber, string Approval,
    int? RequestNumber, string? Consent, string Status, int? StatementLine);

internal sealed record StatementLineDto(int Number, DateOnly On, string Direction, decimal Amount, string? Counterparty, string? Memo, int? EntryNumber);

/// <summary>A row of the estates list.</summary>
internal sealed record AssetFileSummaryDto(Guid CaseId, string CaseNumber, string? DebtorName, string State, int Assets, int OpenInquiries, int PendingSales);
