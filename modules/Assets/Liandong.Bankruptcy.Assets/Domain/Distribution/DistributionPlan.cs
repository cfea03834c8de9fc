using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Assets.Domain.Distribution;

/// <summary>
/// Where a plan version stands: drafted; adopted or not by the creditors' meeting (secured creditors keeping their
/// priority have no vote, art. 59(3)); confirmed by the court (art. 115) or ruled after a second failed vote (art. 65(2));
/// or superseded by a later draft before either.
/// </summary>
public enum PlanStatus
{
    Draft,
    Adopted,
    VoteFailed,
    Confirmed,
    Ruled,
    Superseded,
}

/// <summary>What a payout line pays: a creditor's share, a disputed creditor's reserve (art. 119), or an expense of the plan.</summary>
public enum PayoutKind
{
    Share,
    Reserve,
    Expense,
}

public enum PayoutStatus
{
    Due,
    Paid,
    Returned,   // the transfer came back: held for the creditor until the unclaimed period ends
    Forfeited,  // unclaimed two months after the final notice (art. 118): for the other creditors
    Held,       // a reserve kept for a disputed claim
    Settled,    // the reserve released to the claimant as far as its claim was upheld, the rest for the other creditors
}

/// <summary>
/// A version of the distribution plan (破产财产分配方案): the engine's input and result as drafted (JSON, with every
/// tranche's arithmetic), what it counted for the fees, the sales whose proceeds it distributes, the vote (a Cases
/// resolution), the court's confirmation or ruling, and — once confirmed — its payout register.
/// </summary>
internal sealed class DistributionPlan : Entity, ITenantOwned
{
    public const int MaxText = 200;

    private DistributionPlan()
    {
    }

    public DistributionPlan(Guid caseId, int number, bool supplementary, DateOnly draftedOn, DistributionResult result, IReadOnlyList<int> sales, string arithmetic)
    {
        (CaseId, Number, Supplementary, DraftedOn, Sales) = (caseId, number, supplementary, draftedOn, [.. sales]);
        (Estate, CourtFee, Distributable, AdministratorFee) = (result.Available, result.CourtFee.Fee, result.Distributable, result.AdministratorFee.Fee);
        (Paid, Reserved, Remaining) = (result.Paid, result.Reserved, result.Remaining);
        Arithmetic = arithmetic;
    }

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public int Number { get; private set; }

    /// <summary>A distribution after an earlier confirmed one: during the case, or within 2 years of its termination (art. 123).</summary>
    public bool Supplementary { get; private set; }

    public DateOnly DraftedOn { get; private set; }

    public PlanStatus Status { get; private set; }

    /// <summary>What was available (the money of the account not owed under earlier plans).</summary>
    public decimal Estate { get; private set; }

    public decimal CourtFee { get; private set; }

    /// <summary>What remained for creditors before the administrator's fee: the fee's base plus the fee (what a later plan's fee continues from).</summary>
    public decimal Distributable { get; private set; }

    public decimal AdministratorFee { get; private set; }

    public decimal Paid { get; private set; }

    public decimal Reserved { get; private set; }

    public decimal Remaining { get; private set; }

    /// <summary>The numbers of the sales whose proceeds it distributes as collateral (never distributed twice).</summary>
    public List<int> Sales { get; private set; } = [];

    /// <summary>The engine's input and result (<see cref="DistributionResult"/>), as JSON.</summary>
    public string Arithmetic { get; private set; } = "";

    public Guid? MeetingId { get; private set; }

    public int? ResolutionNumber { get; private set; }

    public DateOnly? VotedOn { get; private set; }

    public DateOnly? ConfirmedOn { get; private set; }

    /// <summary>The court's ruling confirming the adopted plan, or ruling on it after the second failed vote.</summary>
    public string? Ruling { get; private set; }

    /// <summary>The final distribution notice (最后分配公告) and the day unclaimed amounts are forfeited: two months later (art. 118).</summary>
    public DateOnly? FinalNoticeOn { get; private set; }

    public DateOnly? ForfeitableOn { get; private set; }

    public List<Payout> Payouts { get; private set; } = [];

    public bool InForce => Status is PlanStatus.Confirmed or PlanStatus.Ruled;

    public void Supersede() => Status = PlanStatus.Superseded;

    public void Voted(Guid meetingId, int resolution, bool adopted, DateOnly on) =>
        (MeetingId, ResolutionNumber, Status, VotedOn) = (meetingId, resolution, adopted ? PlanStatus.Adopted : PlanStatus.VoteFailed, on);

    public void Confirm(bool ruled, string ruling, DateOnly on, IEnumerable<Payout> payouts)
    {
        (Status, Ruling, ConfirmedOn) = (ruled ? PlanStatus.Ruled : PlanStatus.Confirmed, ruling, on);
        Payouts.AddRange(payouts);
    }

    public void Notice(DateOnly on, DateOnly forfeitableOn) => (FinalNoticeOn, ForfeitableOn) = (on, forfeitableOn);
}

/// <summary>
/// A line of a confirmed plan's payout register: one creditor's share (its lines summed), its reserve, or an expense;
/// the account it is paid to, when, and the account entry that paid it.
/// </summary>
internal sealed class Payout : Entity, ITenantOwned
{
    public const int MaxAccount = 60;

    private Payout()
    {
    }

    public Payout(int position, PayoutKind kind, string creditorKey, string payee, decimal amount) =>
        (Position, Kind, CreditorKey, Payee, Amount, Status) = (position, kind, creditorKey, payee, amount, kind == PayoutKind.Reserve ? PayoutStatus.Held : PayoutStatus.Due);

    public Guid TenantId { get; private set; }

    public Guid PlanId { get; private set; }

    public int Position { get; private set; }

    public PayoutKind Kind { get; private set; }

    /// <summary>The creditor's identity in the claims register (for an expense, its description).</summary>
    public string CreditorKey { get; private set; } = "";

    public string Payee { get; private set; } = "";

    public decimal Amount { get; private set; }

    public PayoutStatus Status { get; private set; }

    public string? Account { get; private set; }

    public DateOnly? PaidOn { get; private set; }

    public DateOnly? ReturnedOn { get; private set; }

    /// <summary>For a settled reserve: what was released to the claimant (the rest goes to the other creditors).</summary>
    public decimal? Released { get; private set; }

    public DateOnly? SettledOn { get; private set; }

    public int? EntryNumber { get; private set; }

    /// <summary>Still owed to its payee out of the account's money: due, returned, or a reserve held.</summary>
    public decimal Outstanding => Status is PayoutStatus.Due or PayoutStatus.Returned or PayoutStatus.Held ? Amount : 0m;

    /// <summary>What the creditor has had of the estate through this line (paid, owed, held for it, or given up): what a later plan deducts.</summary>
    public decimal Counted => Status switch
    {
        PayoutStatus.Settled => Released ?? 0m,
        _ => Amount,
    };

    public void Pay(string account, DateOnly on, int entry) => (Account, PaidOn, EntryNumber, Status, ReturnedOn) = (account, on, entry, PayoutStatus.Paid, null);

    public void Return(DateOnly on, int entry) => (ReturnedOn, EntryNumber, Status) = (on, entry, PayoutStatus.Returned);

    public void Forfeit() => Status = PayoutStatus.Forfeited;

    public void Settle(decimal released, DateOnly on, int? entry) => (Released, SettledOn, EntryNumber, Status) = (released, on, entry ?? EntryNumber, PayoutStatus.Settled);
}
