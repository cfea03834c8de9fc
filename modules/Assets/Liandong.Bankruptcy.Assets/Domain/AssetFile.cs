using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Assets.Domain;

/// <summary>
/// A case's estate (its id is the case's): the takeover checklist, the asset register with charges and seizures, the
/// one-window inquiries, the realization plan and its sales, and the administrator's account with its bank statement.
/// Every step is on or after the acceptance; money is decimal to the cent; the balance is always the booked receipts
/// less the booked payments, and never below zero.
/// </summary>
internal sealed partial class AssetFile : AggregateRoot, ITenantOwned
{
    public const int MaxTakeover = 200;
    public const int MaxAssets = 5_000;
    public const int MaxInquiries = 200;
    public const int MaxSales = 5_000;
    public const int MaxEntries = 20_000;
    public const int MaxStatementLines = 50_000;

    /// <summary>How far apart a statement line's date and its entry's may be to reconcile (bank value dates lag).</summary>
    public const int ReconcileWindowDays = 7;

    private AssetFile()
    {
    }

    public AssetFile(Guid caseId) => Id = caseId;

    public Guid TenantId { get; private set; }

    public string CaseNumber { get; private set; } = "";

    public string? DebtorName { get; private set; }

    public string State { get; private set; } = "";

    public DateOnly? AcceptedOn { get; private set; }

    /// <summary>The day the case ended (termination): a supplementary distribution runs 2 years from it (art. 123).</summary>
    public DateOnly? EndedOn { get; private set; }

    public Guid? AdministratorFirmId { get; private set; }

    public int Sequence { get; private set; } = -1;

    public List<TakeoverItem> Takeover { get; private set; } = [];

    public List<Asset> Assets { get; private set; } = [];

    public List<Seizure> Seizures { get; private set; } = [];

    public List<Inquiry> Inquiries { get; private set; } = [];

    public List<Sale> Sales { get; private set; } = [];

    public List<AccountEntry> Entries { get; private set; } = [];

    public List<StatementLine> Statement { get; private set; } = [];

    // The realization plan, flat (one in force; each adoption replaces it and counts a version).
    public int PlanVersion { get; private set; }

    public PlanAdoption? PlanAdoptedBy { get; private set; }

    public string? PlanBasis { get; private set; }

    public DateOnly? PlanAdoptedOn { get; private set; }

    public decimal PlanFirstPricePercent { get; private set; }

    public decimal PlanCutPercent { get; private set; }

    public int PlanAuctionRounds { get; private set; }

    public decimal PlanDepositPercent { get; private set; }

    public bool PlanFixedPriceSale { get; private set; }

    // The administrator's account (one per case).
    public DateOnly? AccountRequestedOn { get; private set; }

    public int AccountRequests { get; private set; }

    public string? AccountBank { get; private set; }

    public string? AccountNumber { get; private set; }

    public DateOnly? AccountOpenedOn { get; private set; }

    public RealizationPlan? Plan => PlanAdoptedBy is { } by
        ? new RealizationPlan(by, PlanBasis!, PlanAdoptedOn!.Value, PlanFirstPricePercent, PlanCutPercent, PlanAuctionRounds, PlanDepositPercent, PlanFixedPriceSale)
        : null;

    public decimal Receipts => Entries.Where(e => e is { Status: EntryStatus.Booked, Direction: EntryDirection.Receipt }).Sum(e => e.Amount);

    public decimal Payments => Entries.Where(e => e is { Status: EntryStatus.Booked, Direction: EntryDirection.Payment }).Sum(e => e.Amount);

    public decimal Balance => Receipts - Payments;

    public void Apply(CaseSummaryInfo summary)
    {
        if (summary.Sequence < Sequence)
        {
            return;
        }

        (CaseNumber, State, AcceptedOn, EndedOn, AdministratorFirmId, Sequence) =
            (summary.CaseNumber, summary.State, summary.Dates.AcceptedOn, summary.Dates.EndedOn, summary.AdministratorFirmId, summary.Sequence);
        var names = string.Join("、", summary.Debtors.Select(d => d.Name));
        DebtorName = names.Length == 0 ? null : names.Length <= 300 ? names : names[..299] + "…";
    }

    public Asset? Asset(int number) => Assets.SingleOrDefault(a => a.Number == number);

    // ---- Takeover (art. 15, 25(1)) ----

    public AssetsOutcome AddTakeover(IReadOnlyList<(TakeoverCategory Category, string Description)> items)
    {
        if (Refuse(null) is { } refused)
        {
            return refused;
        }

        if (Takeover.Count + items.Count > MaxTakeover)
        {
            return AssetsOutcome.TooMany;
        }

        foreach (var (category, description) in items)
        {
            Takeover.Add(new TakeoverItem(Id, Takeover.Count + 1, category, description));
        }

        return Changed();
    }

    /// <summary>A line handed over or obstructed; an obstruction (each time) asks public security's help as an item, which a later handover answers.</summary>
    public (AssetsOutcome Outcome, TakeoverItem? Item) RecordTakeover(int number, TakeoverStatus status, string? handedOverBy, string? receivedBy, DateOnly on, string? note)
    {
        if (Takeover.SingleOrDefault(t => t.Number == number) is not { } item)
        {
            return (AssetsOutcome.NoSuchTakeoverItem, null);
        }

        if (Refuse(on) is { } refused)
        {
            return (refused, null);
        }

        if (item.Status == TakeoverStatus.HandedOver)
        {
            return (AssetsOutcome.AlreadyHandedOver, null);
        }

        item.Record(status, handedOverBy, receivedBy, on, note);
        return (Changed(), item);
    }

    // ---- The register ----

    public (AssetsOutcome Outcome, Asset? Asset) AddAsset(AssetDetails details, int? inquiry, int? result)
    {
        if (Refuse(null) is { } refused)
        {
            return (refused, null);
        }

        if (Assets.Count >= MaxAssets)
        {
            return (AssetsOutcome.TooMany, null);
        }

        InquiryResult? from = null;
        if (inquiry is not null)
        {
            from = Inquiries.SingleOrDefault(i => i.Number == inquiry)?.Results.SingleOrDefault(r => r.Position == result);
            if (from is null)
            {
                return (AssetsOutcome.NoSuchResult, null);
            }

            if (from.AssetNumber is not null)
            {
                return (AssetsOutcome.ResultRecorded, null);
            }
        }

        var asset = new Asset(Id, Assets.Count + 1);
        details.ApplyTo(asset);
        if (from is not null)
        {
            asset.From(inquiry!.Value, result!.Value);
            from.AssetNumber = asset.Number;
        }

        Assets.Add(asset);
        return (Changed(), asset);
    }

    public AssetsOutcome UpdateAsset(int number, AssetDetails details)
    {
        if (Asset(number) is not { } asset)
        {
            return AssetsOutcome.NoSuchAsset;
        }

        if (asset.Status != AssetStatus.Held)
        {
            return AssetsOutcome.NotHeld;
        }

        details.ApplyTo(asset);
        return Changed();
    }

    public (AssetsOutcome Outcome, Seizure? Seizure) AddSeizure(int assetNumber, string seizingBody, string? unitKind, string documentNumber, DateOnly seizedOn)
    {
        if (Asset(assetNumber) is not { } asset)
        {
            return (AssetsOutcome.NoSuchAsset, null);
        }

        if (asset.Status != AssetStatus.Held)
        {
            return (AssetsOutcome.NotHeld, null);
        }

        var seizure = new Seizure(Id, asset.Id, Seizures.Count + 1, seizingBody, unitKind, documentNumber, seizedOn);
        Seizures.Add(seizure);
        return (Changed(), seizure);
    }

    /// <summary>A third party claims the asset as its own (right of retrieval, art. 38); decided by the administrator, an accepted claim returns it.</summary>
    public AssetsOutcome ClaimRetrieval(int assetNumber, string claimant, string basis, DateOnly on)
    {
        if (Asset(assetNumber) is not { } asset)
        {
            return AssetsOutcome.NoSuchAsset;
        }

        if (Refuse(on) is { } refused)
        {
            return refused;
        }

        if (asset.Status != AssetStatus.Held)
        {
            return AssetsOutcome.NotHeld;
        }

        if (asset.Retrieval == RetrievalStatus.Claimed)
        {
            return AssetsOutcome.RetrievalPending;
        }

        asset.ClaimRetrieval(claimant, basis, on);
        return Changed();
    }

    public AssetsOutcome DecideRetrieval(int assetNumber, bool accepted, DateOnly on)
    {
        if (Asset(assetNumber) is not { } asset)
        {
            return AssetsOutcome.NoSuchAsset;
        }

        if (asset.Retrieval != RetrievalStatus.Claimed)
        {
            return AssetsOutcome.NoRetrievalClaim;
        }

        if (on < asset.RetrievalClaimedOn)
        {
            return AssetsOutcome.BeforeClaim;
        }

        if (accepted && Sales.Any(s => s.AssetNumber == assetNumber && s.Outcome == SaleOutcome.Pending))
        {
            return AssetsOutcome.SalePending;
        }

        asset.DecideRetrieval(accepted, on);
        return Changed();
    }

    // ---- One-window inquiry (查人找物) ----

    /// <summary>One inquiry per target, each its registry's item; a target with an inquiry still unanswered is refused (its item is still open).</summary>
    public (AssetsOutcome Outcome, IReadOnlyList<Inquiry> Sent) SendInquiries(IReadOnlyList<InquiryTarget> targets, DateOnly on)
    {
        if (Refuse(on) is { } refused)
        {
            return (refused, []);
        }

        if (Inquiries.Count + targets.Count > MaxInquiries)
        {
            return (AssetsOutcome.TooMany, []);
        }

        if (Inquiries.Any(i => i.Status == InquiryStatus.Sent && targets.Contains(i.Target)))
        {
            return (AssetsOutcome.InquiryOpen, []);
        }

        var sent = new List<Inquiry>();
        foreach (var target in targets.Distinct())
        {
            sent.Add(new Inquiry(Id, Inquiries.Count + 1, target, on));
            Inquiries.Add(sent[^1]);
        }

        return (Changed(), sent);
    }

    public (AssetsOutcome Outcome, Inquiry? Inquiry) AnswerInquiry(
        int number, DateOnly on, string answeredBy, string? note,
        IReadOnlyList<(string Description, string? Identifier, string? Location, decimal? Value, string? Restrictions)> results)
    {
        if (Inquiries.SingleOrDefault(i => i.Number == number) is not { } inquiry)
        {
            return (AssetsOutcome.NoSuchInquiry, null);
        }

        if (inquiry.Status == InquiryStatus.Answered)
        {
            return (AssetsOutcome.InquiryAnswered, null);
        }

        if (on < inquiry.SentOn)
        {
            return (AssetsOutcome.BeforeInquiry, null);
        }

        inquiry.Answer(on, answeredBy, note, results);
        return (Changed(), inquiry);
    }

    public Inquiry? InquiryOf(int number) => Inquiries.SingleOrDefault(i => i.Number == number);

    // ---- Seizures lifted (art. 19) ----

    /// <summary>The next step of a lifting request; each goes further than the last (a letter, the superior, the court's ruling).</summary>
    public (AssetsOutcome Outcome, Seizure? Seizure, LiftingStep Previous) RequestLifting(int number, LiftingStep step, DateOnly on)
    {
        if (Seizures.SingleOrDefault(s => s.Number == number) is not { } seizure)
        {
            return (AssetsOutcome.NoSuchSeizure, null, LiftingStep.None);
        }

        if (Refuse(on) is { } refused)
        {
            return (refused, null, LiftingStep.None);
        }

        if (seizure.Status == SeizureStatus.Lifted)
        {
            return (AssetsOutcome.AlreadyLifted, null, LiftingStep.None);
        }

        if (step <= seizure.Step)
        {
            return (AssetsOutcome.StepNotFurther, null, LiftingStep.None);
        }

        if (seizure.StepOn is { } last && on < last)
        {
            return (AssetsOutcome.BeforeLastStep, null, LiftingStep.None);
        }

        var previous = seizure.Step;
        seizure.Request(step, on);
        return (Changed(), seizure, previous);
    }

    /// <summary>The seizure lifted; what the seizing body handed over (another court's enforcement proceeds) is booked as a receipt.</summary>
    public (AssetsOutcome Outcome, Seizure? Seizure) Lift(int number, DateOnly on, decimal? proceeds)
    {
        if (Seizures.SingleOrDefault(s => s.Number == number) is not { } seizure)
        {
            return (AssetsOutcome.NoSuchSeizure, null);
        }

        if (seizure.Status == SeizureStatus.Lifted)
        {
            return (AssetsOutcome.AlreadyLifted, null);
        }

        if (on < seizure.SeizedOn || (seizure.StepOn is { } last && on < last))
        {
            return (AssetsOutcome.BeforeLastStep, null);
        }

        if (proceeds > 0 && AccountOpenedOn is null)
        {
            return (AssetsOutcome.NoAccount, null);
        }

        seizure.Lift(on, proceeds);
        if (proceeds > 0)
        {
            Entries.Add(new AccountEntry(Id, Entries.Count + 1, EntryDirection.Receipt, proceeds.Value, Max(on, AccountOpenedOn!.Value),
                seizure.SeizingBody, $"解除查封移交执行款（{seizure.DocumentNumber}）", EntrySource.Lifting, seizure.Number));
            Reconcile();
        }

        return (Changed(), seizure);
    }

    // ---- Realization (arts. 61, 65, 111–112) ----

    public AssetsOutcome AdoptPlan(RealizationPlan plan)
    {
        if (Refuse(plan.AdoptedOn) is { } refused)
        {
            return refused;
        }

        if (PlanAdoptedOn is { } before && plan.AdoptedOn < before)
        {
            return AssetsOutcome.BeforeLastStep;
        }

        (PlanAdoptedBy, PlanBasis, PlanAdoptedOn, PlanFirstPricePercent, PlanCutPercent, PlanAuctionRounds, PlanDepositPercent, PlanFixedPriceSale) =
            (plan.AdoptedBy, plan.Basis, plan.AdoptedOn, plan.FirstPricePercent, plan.CutPercent, plan.AuctionRounds, plan.DepositPercent, plan.FixedPriceSale);
        PlanVersion++;
        return Changed();
    }

    /// <summary>
    /// An asset put up under the plan: an auction round (the first at no less than the plan's share of the appraisal, each
    /// next after a failed one, cut no more than the plan allows, no more rounds than it sets) or, when the plan allows it
    /// and an auction failed, a fixed-price sale. Never while a seizure on it stands, a retrieval claim is open or a sale
    /// of it is pending. The SPC defaults it departs from are kept on the sale as warnings.
    /// </summary>
    public (AssetsOutcome Outcome, Sale? Sale) PutUp(int assetNumber, SaleMethod method, decimal startingPrice, decimal deposit, DateOnly announcedOn, DateOnly startsOn, WorkingCalendar calendar)
    {
        if (Plan is not { } plan)
        {
            return (AssetsOutcome.NoPlan, null);
        }

        if (Asset(assetNumber) is not { } asset)
        {
            return (AssetsOutcome.NoSuchAsset, null);
        }

        if (announcedOn < plan.AdoptedOn)
        {
            return (AssetsOutcome.BeforePlan, null);
        }

        if (asset.Status != AssetStatus.Held)
        {
            return (AssetsOutcome.NotHeld, null);
        }

        if (asset.Retrieval == RetrievalStatus.Claimed)
        {
            return (AssetsOutcome.RetrievalPending, null);
        }

        if (Seizures.Any(s => s.AssetId == asset.Id && s.Status != SeizureStatus.Lifted))
        {
            return (AssetsOutcome.Seized, null);
        }

        var sales = Sales.Where(s => s.AssetNumber == assetNumber).OrderBy(s => s.Number).ToList();
        if (sales.Any(s => s.Outcome == SaleOutcome.Pending))
        {
            return (AssetsOutcome.SalePending, null);
        }

        if (Sales.Count >= MaxSales)
        {
            return (AssetsOutcome.TooMany, null);
        }

        var auctions = sales.Where(s => s.Method == SaleMethod.Auction).ToList();
        var previous = auctions.LastOrDefault();
        if (previous is { EndedOn: { } failedOn } && announcedOn < failedOn)
        {
            return (AssetsOutcome.BeforeLastStep, null);
        }

        if (method == SaleMethod.Auction)
        {
            if (sales.Any(s => s.Method == SaleMethod.FixedPrice))
            {
                return (AssetsOutcome.FixedPriceStarted, null);
            }

            if (auctions.Count >= plan.AuctionRounds)
            {
                return (AssetsOutcome.RoundsUsed, null);
            }

            var floor = previous is null
                ? asset.AppraisedValue is { } appraisal ? appraisal * plan.FirstPricePercent / 100m : 0m
                : previous.StartingPrice * (100m - plan.CutPercent) / 100m;
            if (startingPrice < decimal.Round(floor, 2, MidpointRounding.AwayFromZero))
            {
                return (AssetsOutcome.BelowPlanPrice, null);
            }
        }
        else if (!plan.FixedPriceSale || auctions.Count == 0)
        {
            return (AssetsOutcome.FixedPriceNotAllowed, null);
        }

        var sale = new Sale(Id, Sales.Count + 1, assetNumber, method == SaleMethod.Auction ? auctions.Count + 1 : auctions.Count, method, startingPrice, deposit, announcedOn, startsOn);
        sale.Warn(SaleRules.Of(asset, sale, previous, auctions.Count(a => a.Outcome == SaleOutcome.Failed), calendar));
        Sales.Add(sale);
        return (Changed(), sale);
    }

    /// <summary>How a sale ended: sold (at no less than its starting price; the asset realized and the price a receipt) or failed (流拍).</summary>
    public (AssetsOutcome Outcome, Sale? Sale) EndSale(int number, bool sold, decimal? price, string? buyer, DateOnly on)
    {
        if (Sales.SingleOrDefault(s => s.Number == number) is not { } sale)
        {
            return (AssetsOutcome.NoSuchSale, null);
        }

        if (sale.Outcome != SaleOutcome.Pending)
        {
            return (AssetsOutcome.SaleEnded, null);
        }

        if (on < sale.StartsOn)
        {
            return (AssetsOutcome.BeforeSaleStarts, null);
        }

        if (sold && price < sale.StartingPrice)
        {
            return (AssetsOutcome.BelowStartingPrice, null);
        }

        if (sold && AccountOpenedOn is null)
        {
            return (AssetsOutcome.NoAccount, null);
        }

        sale.End(sold, price, buyer, on);
        if (sold)
        {
            var asset = Asset(sale.AssetNumber)!;
            asset.Realized();
            Entries.Add(new AccountEntry(Id, Entries.Count + 1, EntryDirection.Receipt, price!.Value, Max(on, AccountOpenedOn!.Value), buyer!,
                $"第{asset.Number}号财产（{asset.Description}）{(sale.Method == SaleMethod.Auction ? "拍卖" : "变卖")}价款", EntrySource.Sale, sale.Number));
            Reconcile();
        }

        return (Changed(), sale);
    }

    // ---- The administrator's account ----

    /// <summary>The bank is asked to open the account (its item); asked again only after the answer.</summary>
    public AssetsOutcome RequestAccount(DateOnly on)
    {
        if (Refuse(on) is { } refused)
        {
            return refused;
        }

        if (AccountOpenedOn is not null)
        {
            return AssetsOutcome.AccountOpen;
        }

        (AccountRequestedOn, AccountRequests) = (on, AccountRequests + 1);
        return Changed();
    }

    public AssetsOutcome OpenAccount(string bank, string number, DateOnly on)
    {
        if (Refuse(on) is { } refused)
        {
            return refused;
        }

        if (AccountOpenedOn is not null)
        {
            return AssetsOutcome.AccountOpen;
        }

        (AccountBank, AccountNumber, AccountOpenedOn) = (bank, number, on);
        return Changed();
    }

    /// <summary>
    /// A receipt or payment by hand. A payment needing approval (the court's, through a Cases request; the creditors'
    /// committee's consent, which exists only after the first meeting elected it) waits, out of the balance, until approved;
    /// a booked payment never takes the balance below zero.
    /// </summary>
    public (AssetsOutcome Outcome, AccountEntry? Entry) AddEntry(EntryLine line, PaymentApproval approval, int? requestNumber, string? consent, bool approved, bool committeeMayExist)
    {
        if (AccountOpenedOn is not { } opened)
        {
            return (AssetsOutcome.NoAccount, null);
        }

        if (line.On < opened)
        {
            return (AssetsOutcome.BeforeOpening, null);
        }

        if (Entries.Count >= MaxEntries)
        {
            return (AssetsOutcome.TooMany, null);
        }

        if (approval == PaymentApproval.CreditorsCommittee && !committeeMayExist)
        {
            return (AssetsOutcome.NoCommittee, null);
        }

        var booked = approval == PaymentApproval.None || approved;
        if (line.Direction == EntryDirection.Payment && booked && line.Amount > Balance)
        {
            return (AssetsOutcome.InsufficientBalance, null);
        }

        var entry = new AccountEntry(Id, Entries.Count + 1, line.Direction, line.Amount, line.On, line.Counterparty, line.Purpose, EntrySource.Manual, null);
        if (line.Direction == EntryDirection.Payment)
        {
            entry.NeedsApproval(approval, requestNumber, consent, booked);
        }

        Entries.Add(entry);
        Reconcile();
        return (Changed(), entry);
    }

    /// <summary>A payment that waited for the court's approval booked (paid) once the request is approved, if the balance covers it.</summary>
    public AssetsOutcome BookEntry(int number, DateOnly on, bool approved)
    {
        if (Entries.SingleOrDefault(e => e.Number == number) is not { } entry)
        {
            return AssetsOutcome.NoSuchEntry;
        }

        if (entry.Status != EntryStatus.AwaitingApproval)
        {
            return AssetsOutcome.NotAwaitingApproval;
        }

        if (!approved)
        {
            return AssetsOutcome.NotApproved;
        }

        if (on < entry.On)
        {
            return AssetsOutcome.BeforeLastStep;
        }

        if (entry.Amount > Balance)
        {
            return AssetsOutcome.InsufficientBalance;
        }

        entry.Book(on);
        Reconcile();
        return Changed();
    }

    /// <summary>
    /// The bank's statement imported: a line already imported (the same date, direction, amount, counterparty and memo,
    /// counted as often as it occurs) is skipped, so importing a statement twice adds nothing; then every line is
    /// reconciled. Returns how many lines were added.
    /// </summary>
    public (AssetsOutcome Outcome, int Added) ImportStatement(IReadOnlyList<(DateOnly On, EntryDirection Direction, decimal Amount, string? Counterparty, string? Memo)> lines)
    {
        if (AccountOpenedOn is null)
        {
            return (AssetsOutcome.NoAccount, 0);
        }

        var added = 0;
        var seen = new List<StatementLine>();
        foreach (var (on, direction, amount, counterparty, memo) in lines)
        {
            var line = new StatementLine(Id, Statement.Count + 1, on, direction, amount, counterparty, memo);
            var occurrence = seen.Count(s => s.SameAs(line));
            seen.Add(line);
            if (Statement.Count(s => s.SameAs(line)) > occurrence)
            {
                continue; // imported before
            }

            if (Statement.Count >= MaxStatementLines)
            {
                return (AssetsOutcome.TooMany, 0);
            }

            Statement.Add(line);
            added++;
        }

        Reconcile();
        return (Changed(), added);
    }

    /// <summary>
    /// Each statement line not yet matched, in order, takes the booked entry not yet matched of the same direction and
    /// amount nearest its date within <see cref="ReconcileWindowDays"/> (the earlier entry on a tie).
    /// </summary>
    public void Reconcile()
    {
        var open = Entries.Where(e => e.Status == EntryStatus.Booked && e.StatementLine is null).ToList();
        foreach (var line in Statement.Where(l => l.EntryNumber is null).OrderBy(l => l.Number))
        {
            var match = open.Where(e => e.Direction == line.Direction && e.Amount == line.Amount && Math.Abs(e.On.DayNumber - line.On.DayNumber) <= ReconcileWindowDays)
                .OrderBy(e => Math.Abs(e.On.DayNumber - line.On.DayNumber)).ThenBy(e => e.Number).FirstOrDefault();
            if (match is not null)
            {
                (match.StatementLine, line.EntryNumber) = (line.Number, match.Number);
                open.Remove(match);
            }
        }
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>A step on a case not accepted, or dated before the acceptance.</summary>
    private AssetsOutcome? Refuse(DateOnly? on) =>
        AcceptedOn is not { } accepted ? AssetsOutcome.NotAccepted : on < accepted ? AssetsOutcome.BeforeAcceptance : null;

    private AssetsOutcome Changed()
    {
        Touch();
        return AssetsOutcome.Done;
    }
}

/// <summary>What the administrator says of an asset: kind, description, place, identifier, appraisal, charges.</summary>
internal sealed record AssetDetails(
    AssetKind Kind, string Description, string? Location, string? Identifier, decimal? AppraisedValue, DateOnly? AppraisedOn,
    IReadOnlyList<(EncumbranceRank Rank, string Holder, decimal Amount, int? ClaimNumber)> Encumbrances)
{
    public void ApplyTo(Asset asset) => asset.Describe(Kind, Description, Location, Identifier, AppraisedValue, AppraisedOn, Encumbrances);
}

/// <summary>An entry as entered: direction, amount, date, counterparty, purpose.</summary>
internal sealed record EntryLine(EntryDirection Direction, decimal Amount, DateOnly On, string Counterparty, string Purpose);

/// <summary>
/// What a step on the asset file came to; members with a <see cref="RefusalAttribute"/> are refusals. A refusal whose
/// message names a date ({0}: the acceptance, the plan's adoption, the account's opening) arises only once that date is set.
/// </summary>
public enum AssetsOutcome
{
    Done,
    [Refusal(409, "assets.not_accepted")] NotAccepted,
    [Refusal(422, "assets.before_acceptance")] BeforeAcceptance,
    [Refusal(422, "assets.too_many")] TooMany,
    [Refusal(404, "assets.no_such_takeover_item")] NoSuchTakeoverItem,
    [Refusal(409, "assets.already_handed_over")] AlreadyHandedOver,
    [Refusal(404, "assets.no_such_asset")] NoSuchAsset,
    [Refusal(409, "assets.not_held")] NotHeld,
    [Refusal(422, "assets.no_such_result")] NoSuchResult,
    [Refusal(409, "assets.result_recorded")] ResultRecorded,
    [Refusal(409, "assets.retrieval_pending")] RetrievalPending,
    [Refusal(409, "assets.no_retrieval_claim")] NoRetrievalClaim,
    [Refusal(422, "assets.before_claim")] BeforeClaim,
    [Refusal(409, "assets.inquiry_open")] InquiryOpen,
    [Refusal(404, "assets.no_such_inquiry")] NoSuchInquiry,
    [Refusal(409, "assets.inquiry_answered")] InquiryAnswered,
    [Refusal(422, "assets.before_inquiry")] BeforeInquiry,
    [Refusal(404, "assets.no_such_seizure")] NoSuchSeizure,
    [Refusal(409, "assets.already_lifted")] AlreadyLifted,
    [Refusal(409, "assets.step_not_further")] StepNotFurther,
    [Refusal(422, "assets.before_last_step")] BeforeLastStep,
    [Refusal(409, "assets.no_plan")] NoPlan,
    [Refusal(422, "assets.before_plan")] BeforePlan,
    [Refusal(409, "assets.seized")] Seized,
    [Refusal(409, "assets.sale_pending")] SalePending,
    [Refusal(409, "assets.fixed_price_started")] FixedPriceStarted,
    [Refusal(409, "assets.rounds_used")] RoundsUsed,
    [Refusal(422, "assets.below_plan_price")] BelowPlanPrice,
    [Refusal(409, "assets.fixed_price_not_allowed")] FixedPriceNotAllowed,
    [Refusal(404, "assets.no_such_sale")] NoSuchSale,
    [Refusal(409, "assets.sale_ended")] SaleEnded,
    [Refusal(422, "assets.before_sale_starts")] BeforeSaleStarts,
    [Refusal(422, "assets.below_starting_price")] BelowStartingPrice,
    [Refusal(409, "assets.no_account")] NoAccount,
    [Refusal(409, "assets.account_open")] AccountOpen,
    [Refusal(422, "assets.before_opening")] BeforeOpening,
    [Refusal(409, "assets.no_committee")] NoCommittee,
    [Refusal(422, "assets.insufficient_balance")] InsufficientBalance,
    [Refusal(404, "assets.no_such_entry")] NoSuchEntry,
    [Refusal(409, "assets.not_awaiting_approval")] NotAwaitingApproval,
    [Refusal(409, "assets.not_approved")] NotApproved,
    [Refusal(409, "assets.fee_not_reported")] FeeNotReported,
    [Refusal(422, "assets.reason_required")] ReasonRequired,
    [Refusal(409, "assets.no_fee_scheme")] NoFeeScheme,
    [Refusal(409, "assets.collateral_spent")] CollateralSpent,
    [Refusal(409, "assets.case_ended")] CaseEnded,
    [Refusal(409, "assets.supplementary_period_over")] SupplementaryPeriodOver,
    [Refusal(404, "assets.no_such_plan")] NoSuchPlan,
    [Refusal(409, "assets.plan_not_open")] PlanNotOpen,
    [Refusal(422, "assets.no_such_resolution")] NoSuchResolution,
    [Refusal(422, "assets.not_a_distribution_vote")] NotADistributionVote,
    [Refusal(422, "assets.before_draft")] BeforeDraft,
    [Refusal(409, "assets.plan_not_adopted")] PlanNotAdopted,
    [Refusal(409, "assets.plan_not_in_force")] PlanNotInForce,
    [Refusal(404, "assets.no_such_payout")] NoSuchPayout,
    [Refusal(409, "assets.payout_not_due")] PayoutNotDue,
    [Refusal(409, "assets.payout_not_paid")] PayoutNotPaid,
    [Refusal(409, "assets.no_final_notice")] NoFinalNotice,
    [Refusal(409, "assets.unclaimed_period_running")] UnclaimedPeriodRunning,
    [Refusal(422, "assets.above_reserve")] AboveReserve,
    [Refusal(409, "assets.fund_application_open")] FundApplicationOpen,
    [Refusal(404, "assets.no_such_fund_application")] NoSuchFundApplication,
    [Refusal(409, "assets.fund_decided")] FundDecided,
    [Refusal(422, "assets.above_application")] AboveApplication,
    [Refusal(409, "assets.fund_not_approved")] FundNotApproved,
}
