using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Cases.Domain.Voting;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Cases.Domain.Claims;

/// <summary>
/// A line of the claims register (债权表), the single source for voting and distribution: a claim declared through the
/// administrator (or reported by another module, keyed by its source), its review, the creditor's objection and the
/// court's confirmation (EBL arts. 48–58; SPC Interpretation III art. 8).
/// </summary>
internal sealed class Claim : AggregateRoot, ITenantOwned
{
    private Claim()
    {
    }

    public Claim(Guid caseId, int number, ClaimDeclaration declaration, bool late, ClaimSource? source)
    {
        CaseId = caseId;
        Number = number;
        SourceModule = source?.Module;
        SourceId = source?.Id;
        Declare(declaration, late);
    }

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    /// <summary>The line's number in the case's register, in declaration order.</summary>
    public int Number { get; private set; }

    public string Creditor { get; private set; } = "";

    /// <summary>
    /// Who the creditor is: its USCC or resident ID number, when the declaration gives it. A creditor with several lines
    /// (a tax bureau's tax and social insurance, a bank's two loans) votes once with their sum (arts. 59, 64, 84, 97);
    /// without the number, lines of the same name are the same creditor.
    /// </summary>
    public string? CreditorId { get; private set; }

    /// <summary>The creditor's identity as the tally and the ballots use it.</summary>
    public string CreditorKey => CreditorId ?? Creditor.Trim();

    public ClaimKind Kind { get; private set; }

    public PriorityClass Priority { get; private set; }

    public VotingClass VotingClass { get; private set; }

    public decimal Principal { get; private set; }

    /// <summary>Interest up to the acceptance (it stops accruing then, art. 46).</summary>
    public decimal Interest { get; private set; }

    public decimal Other { get; private set; }

    public decimal Declared => Principal + Interest + Other;

    /// <summary>The collateral of a secured claim and its rank on it.</summary>
    public string? Collateral { get; private set; }

    public int? Rank { get; private set; }

    public DateOnly DeclaredOn { get; private set; }

    /// <summary>Declared after the claim deadline (art. 56): allowed until the final distribution, at the claimant's review cost.</summary>
    public bool Late { get; private set; }

    public string? SourceModule { get; private set; }

    public string? SourceId { get; private set; }

    /// <summary>When its source module made the report this line holds (null when it did not say): an older report is not applied over it.</summary>
    public DateTimeOffset? SourceReportedAt { get; private set; }

    /// <summary>Whether a report made at <paramref name="at"/> is not older than the one held; when so, it is taken as the latest.</summary>
    public bool TakeReport(DateTimeOffset? at)
    {
        if (at is not null && SourceReportedAt > at)
        {
            return false;
        }

        SourceReportedAt = at?.ToUniversalTime() ?? SourceReportedAt; // PostgreSQL keeps instants in UTC
        return true;
    }

    public ReviewStatus Review { get; private set; }

    public decimal? ConfirmedAmount { get; private set; }

    public string? ReviewReason { get; private set; }

    public DateOnly? ReviewedOn { get; private set; }

    public string? ObjectionReason { get; private set; }

    public DateOnly? ObjectionRaisedOn { get; private set; }

    /// <summary>The last day to sue: 15 days after the meeting's review (Interpretation III art. 8).</summary>
    public DateOnly? SuitDeadline { get; private set; }

    public ObjectionOutcome Objection { get; private set; }

    public DateOnly? CourtConfirmedOn { get; private set; }

    /// <summary>A secured creditor that gave up its priority votes like an unsecured one (art. 59(3)).</summary>
    public bool WaivedPriority { get; private set; }

    /// <summary>Social insurance outside the employee class: not reduced by the plan, no vote on it (art. 83).</summary>
    public bool SocialInsurance { get; private set; }

    /// <summary>
    /// A subordinated claim's level, paid in this order once ordinary claims are paid in full (SPC 2018 minutes art. 28):
    /// 1 punitive damages, 2 administrative fines, 3 criminal fines; null for any other line.
    /// </summary>
    public int? Subordination { get; private set; }

    /// <summary>An employee claim for arrears owed before 2006-08-27: what class ① leaves unpaid of it ranks ahead of the secured claims (art. 132).</summary>
    public bool ArrearsBefore2006 { get; private set; }

    /// <summary>The amount the court set for voting while the claim is disputed (art. 59(2)).</summary>
    public decimal? CourtSetAmount { get; private set; }

    /// <summary>Unreviewed, or under an objection not yet settled: it votes only with a court-set amount.</summary>
    public bool Disputed => Review == ReviewStatus.Pending || Objection is ObjectionOutcome.Pending or ObjectionOutcome.Sued;

    /// <summary>
    /// The line as the tally sees it, or null when it carries no vote: rejected with no objection open, or a retrieval
    /// (the claimant's own property, art. 38) or set-off (art. 40) line, whose review records its outcome.
    /// </summary>
    public Voter? AsVoter(Ballot? ballot) =>
        (!Disputed && Review == ReviewStatus.Rejected) || Kind is ClaimKind.Retrieval or ClaimKind.SetOff
            ? null
            : new Voter(Creditor, Disputed ? Declared : Counted, Kind == ClaimKind.Secured, WaivedPriority, Disputed, CourtSetAmount, VotingClass,
                SocialInsurance, ballot is not null, ballot, CreditorId);

    /// <summary>What the sale of the collateral brought for this claim (arts. 109–110); null until it is realized.</summary>
    public decimal? CollateralProceeds { get; private set; }

    public DateOnly? CollateralRealizedOn { get; private set; }

    /// <summary>Art. 110: what the collateral paid stays secured, the rest of the counted amount is an ordinary claim; null before the sale.</summary>
    public decimal? SecuredPart => CollateralProceeds is { } proceeds ? Math.Min(proceeds, Counted) : null;

    public decimal? Shortfall => CollateralProceeds is { } proceeds ? Math.Max(0, Counted - proceeds) : null;

    /// <summary>
    /// The line's share of each priority class's totals: all in its own class, except a realized secured claim, whose
    /// shortfall counts as ordinary (art. 110). Declared amounts and the line itself stay with its own class.
    /// </summary>
    public IEnumerable<(PriorityClass Priority, decimal Declared, decimal Counted, int Lines)> Parts()
    {
        yield return (Priority, Declared, SecuredPart ?? Counted, 1);
        if (Shortfall is > 0 and var shortfall)
        {
            yield return (PriorityClass.Ordinary, 0, shortfall, 0);
        }
    }

    /// <summary>Records what the collateral of a secured claim (its priority kept) realized, so its shortfall becomes ordinary (art. 110).</summary>
    public ClaimOutcome RealizeCollateral(decimal proceeds, DateOnly on)
    {
        if (Kind != ClaimKind.Secured || WaivedPriority)
        {
            return ClaimOutcome.NotSecured;
        }

        (CollateralProceeds, CollateralRealizedOn) = (proceeds, on);
        Touch();
        return ClaimOutcome.Done;
    }

    public void SetVotingAmount(decimal amount)
    {
        CourtSetAmount = amount;
        Touch();
    }

    /// <summary>The amount the claim counts with now: what was confirmed, or nothing while it is unreviewed or rejected.</summary>
    public decimal Counted => Review is ReviewStatus.Confirmed or ReviewStatus.PartlyConfirmed ? ConfirmedAmount ?? 0 : 0;

    /// <summary>A report from another module for the same source replaces the amounts; a changed amount is reviewed again.</summary>
    public void Declare(ClaimDeclaration d, bool late)
    {
        var changed = d.Principal + d.Interest + d.Other != Declared;
        (Creditor, CreditorId, Kind, Priority, VotingClass) = (d.Creditor, d.CreditorId, d.Kind, d.Priority, d.VotingClass);
        (Principal, Interest, Other, Collateral, Rank, DeclaredOn, Late) = (d.Principal, d.Interest, d.Other, d.Collateral, d.Rank, d.DeclaredOn, late);
        (WaivedPriority, SocialInsurance, Subordination, ArrearsBefore2006) = (d.WaivedPriority, d.SocialInsurance, d.Subordination, d.ArrearsBefore2006);
        if (changed && Review != ReviewStatus.Pending)
        {
            (Review, ConfirmedAmount, ReviewReason, ReviewedOn) = (ReviewStatus.Pending, null, null, null);
        }

        Touch();
    }

    /// <summary>The administrator's review: confirmed in full, in part (an amount below the declared one), or rejected, with a reason unless confirmed in full.</summary>
    public ClaimOutcome ReviewAs(ReviewStatus status, decimal? amount, string? reason, DateOnly on)
    {
        if (CourtConfirmedOn is not null || status == ReviewStatus.Pending)
        {
            return ClaimOutcome.NotAllowed;
        }

        var confirmed = status switch
        {
            ReviewStatus.Confirmed => Declared,
            ReviewStatus.PartlyConfirmed when amount is { } part && part > 0 && part < Declared => part,
            ReviewStatus.Rejected => 0m,
            _ => (decimal?)null,
        };
        if (confirmed is null || (status != ReviewStatus.Confirmed && string.IsNullOrWhiteSpace(reason)))
        {
            return ClaimOutcome.Invalid;
        }

        (Review, ConfirmedAmount, ReviewReason, ReviewedOn) = (status, confirmed, reason, on);
        Touch();
        return ClaimOutcome.Done;
    }

    /// <summary>The creditor objects to the reviewed line; the 15 days to sue run from the meeting's review.</summary>
    public ClaimOutcome RaiseObjection(string reason, DateOnly raisedOn, DateOnly meetingReviewedOn, WorkingCalendar calendar)
    {
        if (Review == ReviewStatus.Pending || CourtConfirmedOn is not null || Objection is ObjectionOutcome.Pending or ObjectionOutcome.Sued)
        {
            return ClaimOutcome.NotAllowed;
        }

        if (raisedOn < ReviewedOn || meetingReviewedOn < ReviewedOn)
        {
            return ClaimOutcome.Invalid;
        }

        (ObjectionReason, ObjectionRaisedOn, Objection) = (reason, raisedOn, ObjectionOutcome.Pending);
        SuitDeadline = DeadlineCalculator.Compute(meetingReviewedOn, Period.Days(15), calendar).Date;
        Touch();
        return ClaimOutcome.Done;
    }

    /// <summary>What became of the objection: withdrawn, a suit filed, no suit in time, or a judgment with the amount it set.</summary>
    public ClaimOutcome SettleObjection(ObjectionOutcome outcome, decimal? judgedAmount)
    {
        if (Objection is not (ObjectionOutcome.Pending or ObjectionOutcome.Sued) || outcome is ObjectionOutcome.None or ObjectionOutcome.Pending)
        {
            return ClaimOutcome.NotAllowed;
        }

        if (outcome == ObjectionOutcome.Judged)
        {
            if (judgedAmount is not { } amount || amount < 0)
            {
                return ClaimOutcome.Invalid;
            }

            (ConfirmedAmount, Review) = (amount, amount == 0 ? ReviewStatus.Rejected : amount >= Declared ? ReviewStatus.Confirmed : ReviewStatus.PartlyConfirmed);
        }

        Objection = outcome;
        Touch();
        return ClaimOutcome.Done;
    }

    /// <summary>The court's ruling confirming the line (art. 58): reviewed, and no objection still open.</summary>
    public ClaimOutcome ConfirmByCourt(DateOnly on)
    {
        if (Review == ReviewStatus.Pending || CourtConfirmedOn is not null || Objection is ObjectionOutcome.Pending or ObjectionOutcome.Sued)
        {
            return ClaimOutcome.NotAllowed;
        }

        CourtConfirmedOn = on;
        Touch();
        return ClaimOutcome.Done;
    }
}

/// <summary>What a declaration (or another module's report) says.</summary>
internal sealed record ClaimDeclaration(
    string Creditor, ClaimKind Kind, PriorityClass Priority, VotingClass VotingClass, decimal Principal, decimal Interest, decimal Other,
    string? Collateral, int? Rank, DateOnly DeclaredOn, bool WaivedPriority = false, bool SocialInsurance = false, string? CreditorId = null,
    int? Subordination = null, bool ArrearsBefore2006 = false);

/// <summary>Where a reported line comes from: another module and its own id (never entered twice).</summary>
internal sealed record ClaimSource(string Module, string Id);

public enum ClaimKind
{
    Ordinary,
    Secured,
    Retrieval, // 取回权 (art. 38): the claimant's own property
    SetOff,    // 抵销 (art. 40)
    Other,
}

/// <summary>The distribution order (art. 113 and domain.md "Distribution order").</summary>
public enum PriorityClass
{
    Secured,        // from its collateral (arts. 109–110)
    Employee,       // class ① (art. 113(1))
    TaxAndSocialInsurance, // class ② (art. 113(2))
    Ordinary,       // class ③
    Subordinated,   // after ordinary claims (SPC 2018 minutes art. 28)
}

public enum ReviewStatus
{
    Pending,
    Confirmed,
    PartlyConfirmed,
    Rejected,
}

public enum ObjectionOutcome
{
    None,
    Pending,        // raised; the suit deadline runs
    Withdrawn,
    Sued,           // a claim-confirmation suit filed
    NotSuedInTime,  // the line stands as reviewed
    Judged,         // the judgment set the amount
}

public enum ClaimOutcome
{
    Done,
    [Refusal(422, "cases.claim_not_secured")]
    NotSecured,
    [Refusal(409, "cases.claim_step_not_allowed")]
    NotAllowed,
    [Refusal(422, "cases.claim_review_invalid")]
    Invalid,
}
