using Liandong.Bankruptcy.Platform;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Domain.Voting;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Cases.Domain.Meetings;

/// <summary>
/// A creditors' meeting of a case: convened with notice at least 15 days ahead (art. 63; the first meeting is convened
/// by the court, art. 62), its resolutions, the ballots cast in person or remotely, and each resolution's tally with its
/// arithmetic; remote voters are told the result within 3 days (SPC Interpretation III art. 11).
/// </summary>
internal sealed class CreditorsMeeting : AggregateRoot, ITenantOwned
{
    public const int NoticeDays = 15;

    private CreditorsMeeting()
    {
    }

    public CreditorsMeeting(Guid caseId, int number, bool first, DateOnly noticeSentOn, DateOnly heldOn) =>
        (CaseId, Number, First, NoticeSentOn, HeldOn) = (caseId, number, first, noticeSentOn, heldOn);

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public int Number { get; private set; }

    public bool First { get; private set; }

    public DateOnly NoticeSentOn { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public List<MeetingResolution> Resolutions { get; private set; } = [];

    public List<MeetingBallot> Ballots { get; private set; } = [];

    /// <summary>The minutes (会议记录) as recorded by the administrator; the meeting page prints them with the arithmetic.</summary>
    public string? Minutes { get; private set; }

    public static bool NoticeSuffices(bool first, DateOnly noticeSentOn, DateOnly heldOn) => first || heldOn >= noticeSentOn.AddDays(NoticeDays);

    public MeetingResolution Propose(ResolutionKind kind, string title, IReadOnlyList<VotingClass>? adjustedClasses = null)
    {
        var resolution = new MeetingResolution(Resolutions.Count + 1, kind, title, adjustedClasses: adjustedClasses);
        Resolutions.Add(resolution);
        Touch();
        return resolution;
    }

    public void RecordMinutes(string minutes)
    {
        Minutes = minutes;
        Touch();
    }

    /// <summary>
    /// A second vote: art. 87(1), a reorganization plan that some class rejected is voted on once more by those classes,
    /// after the debtor or administrator has negotiated with them (the classes that adopted it keep their result);
    /// art. 65(2), a distribution plan the meeting rejected goes to a second vote before the court may rule on it.
    /// </summary>
    public ResolutionOutcome Revote(int resolution)
    {
        if (Resolutions.SingleOrDefault(r => r.Number == resolution) is not { } first)
        {
            return ResolutionOutcome.NoSuchResolution;
        }

        if (first.Kind is not (ResolutionKind.ReorganizationPlan or ResolutionKind.DistributionPlan) || first.Adopted != false || first.RevoteOf is not null ||
            Resolutions.Any(r => r.RevoteOf == resolution))
        {
            return ResolutionOutcome.NotAllowed;
        }

        Resolutions.Add(new MeetingResolution(Resolutions.Count + 1, first.Kind, first.Title, resolution, first.AdjustedClasses));
        Touch();
        return ResolutionOutcome.Done;
    }

    /// <summary>
    /// The court's ruling on a resolution the meeting did not adopt, only where the law gives one: the plans for managing
    /// and for realizing the property (art. 65(1)); the distribution plan after its second vote failed (art. 65(2)); the
    /// reorganization plan approved over the classes that rejected it (art. 87(2)), when at least one class adopted it
    /// (2018 minutes §18) and the ruling records how each of the conditions of art. 87(2)(1)–(6) is met. A composition
    /// agreement that fails ends the composition instead (art. 99), a step of the case; an ordinary resolution has none.
    /// </summary>
    public ResolutionOutcome RuleOn(int resolution, Ruling ruling, WorkingCalendar calendar, IReadOnlyList<string>? forcedApprovalFindings = null)
    {
        if (Resolutions.SingleOrDefault(r => r.Number == resolution) is not { } failed)
        {
            return ResolutionOutcome.NoSuchResolution;
        }

        if (failed.Adopted != false || failed.Ruling is not null || Resolutions.Any(r => r.RevoteOf == resolution))
        {
            return ResolutionOutcome.NotAllowed;
        }

        var refusal = failed.Kind switch
        {
            ResolutionKind.ManagementPlan or ResolutionKind.RealizationPlan => (ResolutionOutcome?)null,
            ResolutionKind.DistributionPlan when failed.RevoteOf is null => ResolutionOutcome.SecondVoteFirst,
            ResolutionKind.DistributionPlan => null,
            ResolutionKind.ReorganizationPlan when !failed.ClassResults().Any(c => c.Adopted) => ResolutionOutcome.NoAdoptingClass,
            ResolutionKind.ReorganizationPlan when forcedApprovalFindings is not { Count: ForcedApprovalConditions } => ResolutionOutcome.ConditionsMissing,
            ResolutionKind.ReorganizationPlan => null,
            _ => ResolutionOutcome.NoRulingInLaw,
        };
        if (refusal is { } refused)
        {
            return refused;
        }

        failed.RuledBy(ruling, failed.Kind == ResolutionKind.ReorganizationPlan ? forcedApprovalFindings : null, calendar);
        Touch();
        return ResolutionOutcome.Done;
    }

    /// <summary>
    /// Records (or replaces) a creditor's ballot on an open resolution: one ballot on all its lines (in a plan vote, its
    /// lines in the class of the line voted), so it is one head holding their sum.
    /// </summary>
    public ResolutionOutcome Cast(int resolution, Claims.Claim line, IReadOnlyList<Claims.Claim> register, Ballot ballot, bool remote)
    {
        if (Resolutions.SingleOrDefault(r => r.Number == resolution) is not { } open)
        {
            return ResolutionOutcome.NoSuchResolution;
        }

        if (open.ClosedOn is not null)
        {
            return ResolutionOutcome.Closed;
        }

        var lines = register.Where(c => c.CreditorKey == line.CreditorKey
                                        && (open.Kind != ResolutionKind.ReorganizationPlan || c.VotingClass == line.VotingClass)).Select(c => c.Id).ToHashSet();
        Ballots.RemoveAll(b => b.Resolution == resolution && lines.Contains(b.ClaimId));
        Ballots.AddRange(lines.Select(id => new MeetingBallot(resolution, id, ballot, remote)));
        Touch();
        return ResolutionOutcome.Done;
    }

    /// <summary>Whether the law gives the court a ruling on this resolution now (what <see cref="RuleOn"/> allows, findings aside).</summary>
    public bool CourtMayRule(MeetingResolution r) =>
        r.Adopted == false && r.Ruling is null && Resolutions.All(x => x.RevoteOf != r.Number) && r.Kind switch
        {
            ResolutionKind.ManagementPlan or ResolutionKind.RealizationPlan => true,
            ResolutionKind.DistributionPlan => r.RevoteOf is not null,
            ResolutionKind.ReorganizationPlan => r.ClassResults().Any(c => c.Adopted),
            _ => false,
        };

    /// <summary>Whether the meeting may vote on this resolution once more (what <see cref="Revote"/> allows).</summary>
    public bool MayRevote(MeetingResolution r) =>
        r.Kind is ResolutionKind.ReorganizationPlan or ResolutionKind.DistributionPlan && r.Adopted == false && r.RevoteOf is null
        && Resolutions.All(x => x.RevoteOf != r.Number);

    /// <summary>Art. 87(2)(1)–(6): the six conditions a plan approved over a rejecting class must meet.</summary>
    public const int ForcedApprovalConditions = 6;

    /// <summary>Tallies a resolution over the case's register lines and closes it.</summary>
    public ResolutionOutcome Close(int resolution, IReadOnlyList<Claims.Claim> register, DateOnly on, WorkingCalendar calendar)
    {
        if (Resolutions.SingleOrDefault(r => r.Number == resolution) is not { } open)
        {
            return ResolutionOutcome.NoSuchResolution;
        }

        if (open.ClosedOn is not null)
        {
            return ResolutionOutcome.Closed;
        }

        var ballots = Ballots.Where(b => b.Resolution == resolution).ToDictionary(b => b.ClaimId);
        // A plan's classes whose rights it leaves untouched do not vote (Interpretation III art. 11(2)).
        var voters = register.Select(c => c.AsVoter(ballots.GetValueOrDefault(c.Id)?.Ballot)).OfType<Voter>()
            .Where(v => open.AdjustedClasses is not { } adjusted || adjusted.Contains(v.Class)).ToList();
        TallyResult result;
        if (open.RevoteOf is { } first && open.Kind == ResolutionKind.ReorganizationPlan)
        {
            // Only the classes that rejected the plan vote again (art. 87(1)); the others keep their first result.
            var kept = Resolutions.Single(r => r.Number == first).ClassResults().Where(c => c.Adopted).ToList();
            var again = Tally.Count(open.Kind, [.. voters.Where(v => kept.All(k => k.Class != v.Class))]).Classes;
            var classes = kept.Concat(again).OrderBy(c => c.Class).ToList();
            result = new TallyResult(open.Kind, classes.All(c => c.Adopted), classes);
        }
        else
        {
            result = Tally.Count(open.Kind, voters);
        }

        open.Closed(result, on, ballots.Values.Any(b => b.Remote), calendar);
        Touch();
        return ResolutionOutcome.Done;
    }
}

internal sealed class MeetingResolution : Entity, ITenantOwned
{
    private MeetingResolution()
    {
    }

    public MeetingResolution(int number, ResolutionKind kind, string title, int? revoteOf = null, IReadOnlyList<VotingClass>? adjustedClasses = null) =>
        (Number, Kind, Title, RevoteOf, AdjustedClasses) = (number, kind, title, revoteOf, adjustedClasses is null ? null : [.. adjustedClasses]);

    /// <summary>A plan's classes whose rights it adjusts, the only ones that vote on it; null: every class.</summary>
    public List<VotingClass>? AdjustedClasses { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid MeetingId { get; private set; }

    public int Number { get; private set; }

    public ResolutionKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    /// <summary>The resolution this one votes again (art. 87), or null for a first vote.</summary>
    public int? RevoteOf { get; private set; }

    public bool? Adopted { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    /// <summary>
    /// When remote voters must have been told the result: 3 days (Interpretation III art. 11), through the deadline
    /// calculator (the first day not counted; a rest day moves it to the next working day, Civil Procedure Law art. 85).
    /// </summary>
    public DateOnly? ResultNoticeDue { get; private set; }

    /// <summary>The tally with its arithmetic, as JSON (the classes, their lines and who had no vote and why).</summary>
    public string? Arithmetic { get; private set; }

    /// <summary>The court's ruling on the resolution when the meeting did not adopt it (arts. 65, 87(2)).</summary>
    public Ruling? Ruling { get; private set; }

    /// <summary>For a plan approved over a rejecting class (art. 87(2)): how each of conditions (1)–(6) is met, in order.</summary>
    public List<string>? ForcedApprovalFindings { get; private set; }

    /// <summary>
    /// Until when a creditor may ask the court to set aside the adopted resolution as unlawful: 15 days from it (art. 64(2)).
    /// </summary>
    public DateOnly? ChallengeDue { get; private set; }

    /// <summary>
    /// Until when creditors may ask the court to reconsider its art. 65 ruling: 15 days from it (art. 66; from the notice for
    /// those not present, which this date does not know).
    /// </summary>
    public DateOnly? ReconsiderationDue { get; private set; }

    /// <summary>The plans the court rules on under art. 65, open to reconsideration under art. 66.</summary>
    private bool RuledUnderArticle65 => Kind is ResolutionKind.ManagementPlan or ResolutionKind.RealizationPlan or ResolutionKind.DistributionPlan;

    public const int ChallengeDays = 15;

    public void RuledBy(Ruling ruling, IReadOnlyList<string>? forcedApprovalFindings, WorkingCalendar calendar)
    {
        (Ruling, ForcedApprovalFindings) = (ruling, forcedApprovalFindings is null ? null : [.. forcedApprovalFindings]);
        Recompute(calendar);
    }

    /// <summary>Computes the periods that run from the tally and the ruling over the calendar; true when one moved.</summary>
    public bool Recompute(WorkingCalendar calendar)
    {
        DateOnly? Due(DateOnly? from, int days) => from is { } on ? DeadlineCalculator.Compute(on, Period.Days(days), calendar).Date : null;
        var periods = (
            Notice: ResultNoticeDue is null ? null : Due(ClosedOn, ResultNoticeDays),
            Challenge: Adopted == true ? Due(ClosedOn, ChallengeDays) : null,                 // art. 64(2)
            Reconsideration: RuledUnderArticle65 ? Due(Ruling?.Date, ChallengeDays) : null);  // art. 66
        if (periods == (ResultNoticeDue, ChallengeDue, ReconsiderationDue))
        {
            return false;
        }

        (ResultNoticeDue, ChallengeDue, ReconsiderationDue) = periods;
        return true;
    }

    /// <summary>Remote voters are told the result within 3 days (Interpretation III art. 11).</summary>
    public const int ResultNoticeDays = 3;

    /// <summary>The stored tally's classes (with their lines), or none before the tally.</summary>
    public IReadOnlyList<ClassResult> ClassResults() =>
        Arithmetic is null ? [] : JsonSerializer.Deserialize<List<ClassResult>>(Arithmetic, Json) ?? [];

    public void Closed(TallyResult result, DateOnly on, bool anyRemote, WorkingCalendar calendar)
    {
        (Adopted, ClosedOn) = (result.Adopted, on);
        ResultNoticeDue = anyRemote ? on : null; // computed just below
        Arithmetic = JsonSerializer.Serialize(result.Classes, Json);
        Recompute(calendar);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
}

internal sealed class MeetingBallot : Entity, ITenantOwned
{
    private MeetingBallot()
    {
    }

    public MeetingBallot(int resolution, Guid claimId, Ballot ballot, bool remote) => (Resolution, ClaimId, Ballot, Remote) = (resolution, claimId, ballot, remote);

    public Guid TenantId { get; private set; }

    public Guid MeetingId { get; private set; }

    public int Resolution { get; private set; }

    public Guid ClaimId { get; private set; }

    public Ballot Ballot { get; private set; }

    public bool Remote { get; private set; }
}

public enum ResolutionOutcome
{
    Done,
    [Refusal(404, "platform.not_found")]
    NoSuchResolution,
    [Refusal(409, "cases.resolution_closed")]
    Closed,
    [Refusal(409, "cases.resolution_step_not_allowed")]
    NotAllowed,
    [Refusal(422, "cases.ruling_after_second_vote")]
    SecondVoteFirst,
    [Refusal(422, "cases.forced_approval_without_adopting_class")]
    NoAdoptingClass,
    [Refusal(422, "cases.forced_approval_conditions")]
    ConditionsMissing,
    [Refusal(422, "cases.no_ruling_in_law")]
    NoRulingInLaw,
}
