using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Credit.Domain;

/// <summary>
/// A case's credit file (its id is the case's): what Credit keeps of the case (a copy through <see cref="ICaseQueries"/>),
/// the ruling that opens repair (an approved reorganization plan or composition), the repair applications, and one
/// measure per target unit with its history. Repairs stay provisional while the plan is carried out: final when it is,
/// reversed (each by a new item of its unit) when the case converts to liquidation. The dishonest-debtor entry is the
/// court's on acceptance, in every procedure.
/// </summary>
internal sealed class CreditFile : AggregateRoot, ITenantOwned
{
    public const int MaxApplications = 20;

    /// <summary>The states after an approved plan or agreement: a repair may be applied for (by hand, when the approval event predates the file).</summary>
    public static readonly string[] ApprovedStates = ["PlanExecution", "CompositionExecution", "PlanCarriedOut", "CompositionCarriedOut"];

    private CreditFile()
    {
    }

    public CreditFile(Guid caseId) => Id = caseId;

    public Guid TenantId { get; private set; }

    public string CaseNumber { get; private set; } = "";

    public string? DebtorName { get; private set; }

    public string State { get; private set; } = "";

    public string Procedure { get; private set; } = "";

    public DateOnly? AcceptedOn { get; private set; }

    public Guid? AdministratorFirmId { get; private set; }

    /// <summary>The Cases timeline length of the read this copy holds: an older read is never applied.</summary>
    public int Sequence { get; private set; } = -1;

    /// <summary>The ruling approving the reorganization plan or the composition agreement (the basis of every repair).</summary>
    public DateOnly? ApprovedOn { get; private set; }

    /// <summary>The plan or agreement carried out: repairs are final.</summary>
    public DateOnly? CarriedOutOn { get; private set; }

    /// <summary>The case converted to liquidation (arts. 88, 93, 99, 103, 104): repairs reversed, no new application.</summary>
    public DateOnly? ConvertedOn { get; private set; }

    public List<RepairApplication> Applications { get; private set; } = [];

    public List<CreditMeasure> Measures { get; private set; } = [];

    public List<CreditEntry> History { get; private set; } = [];

    /// <summary>A repair may be applied for: an approved plan or agreement, not converted to liquidation.</summary>
    public bool MayApply => ConvertedOn is null && (ApprovedOn is not null || ApprovedStates.Contains(State));

    public void Apply(CaseSummaryInfo summary)
    {
        if (summary.Sequence < Sequence)
        {
            return;
        }

        (CaseNumber, State, Procedure, AcceptedOn, AdministratorFirmId, Sequence) =
            (summary.CaseNumber, summary.State, summary.Procedure, summary.Dates.AcceptedOn, summary.AdministratorFirmId, summary.Sequence);
        var names = string.Join("、", summary.Debtors.Select(d => d.Name));
        DebtorName = names.Length == 0 ? null : names.Length <= 300 ? names : names[..299] + "…";
    }

    public CreditMeasure? Measure(CreditTarget target) => Measures.SingleOrDefault(m => m.Target == target);

    /// <summary>Accepted: the dishonest-debtor entry is to be deleted (the court's item), once.</summary>
    public CreditMeasure? Accepted(DateOnly on) =>
        Measure(CreditTarget.DishonestDebtorList) is null ? Open(CreditTarget.DishonestDebtorList, on, null) : null;

    /// <summary>The plan or agreement approved: the file may take applications. Once (the first ruling's date).</summary>
    public void PlanApproved(DateOnly on)
    {
        if (ApprovedOn is null)
        {
            ApprovedOn = on;
            Touch();
        }
    }

    /// <summary>
    /// One application for many targets: each target without a live measure (none yet, or refused or withdrawn before)
    /// gets one, requested from its unit. The measures opened are returned (a target already requested or repaired is
    /// left as it is; none opened is a refusal).
    /// </summary>
    public (CreditOutcome Outcome, IReadOnlyList<CreditMeasure> Opened) FileApplication(
        CreditApplicant applicant, string applicantName, IReadOnlyList<string> documents, IReadOnlyList<CreditTarget> targets, DateOnly on)
    {
        if (!MayApply)
        {
            return (ConvertedOn is null ? CreditOutcome.NoApprovedPlan : CreditOutcome.Converted, []);
        }

        if (on < ApprovedOn)
        {
            return (CreditOutcome.BeforeApproval, []);
        }

        if (Applications.Count >= MaxApplications)
        {
            return (CreditOutcome.TooManyApplications, []);
        }

        var open = targets.Distinct().Where(t => Measure(t) is null or { Status: MeasureStatus.Refused or MeasureStatus.Withdrawn }).ToList();
        if (open.Count == 0)
        {
            return (CreditOutcome.AlreadyRequested, []);
        }

        var application = new RepairApplication(Id, Applications.Count + 1, applicant, applicantName, documents, open, on);
        Applications.Add(application);
        Touch();
        return (CreditOutcome.Done, [.. open.Select(t => Open(t, on, application.Number))]);
    }

    /// <summary>
    /// A unit's own request for its target (the Tax module's tax credit repair request): opened like an application's
    /// when the target has no live measure and a repair may be applied for; null otherwise.
    /// </summary>
    public CreditMeasure? RequestedByUnit(CreditTarget target, DateOnly on) =>
        MayApply && Measure(target) is null or { Status: MeasureStatus.Refused or MeasureStatus.Withdrawn } ? Open(target, on, null) : null;

    /// <summary>The target's unit decided: repaired (final at once after the plan is carried out, or for the dishonest-debtor list), or refused.</summary>
    public CreditOutcome Decide(CreditTarget target, bool repaired, string note, DateOnly on)
    {
        if (Measure(target) is not { } measure)
        {
            return CreditOutcome.NoSuchMeasure;
        }

        if (measure.Status != MeasureStatus.Requested)
        {
            return CreditOutcome.AlreadyDecided;
        }

        if (on < measure.RequestedOn)
        {
            return CreditOutcome.BeforeRequest;
        }

        var final = target == CreditTarget.DishonestDebtorList || CarriedOutOn is not null;
        var status = !repaired ? MeasureStatus.Refused : final ? MeasureStatus.Final : MeasureStatus.Repaired;
        measure.Set(status, on, note);
        Record(target, status, on, note);
        return CreditOutcome.Done;
    }

    /// <summary>The plan or agreement carried out: every repair is final. Once.</summary>
    public void CarriedOut(DateOnly on)
    {
        if (CarriedOutOn is not null || ConvertedOn is not null)
        {
            return;
        }

        CarriedOutOn = on;
        foreach (var measure in Measures.Where(m => m.Status == MeasureStatus.Repaired))
        {
            measure.Set(MeasureStatus.Final, on, null);
            Record(measure.Target, MeasureStatus.Final, on, null);
        }

        Touch();
    }

    /// <summary>
    /// Converted to liquidation: each repair tied to the plan is to be reversed (returned, each needs its unit's new
    /// item), each pending request withdrawn (returned second, their items answered). Once; the dishonest-debtor list stays deleted.
    /// </summary>
    public (IReadOnlyList<CreditMeasure> ToReverse, IReadOnlyList<CreditMeasure> Withdrawn) Converted(DateOnly on)
    {
        if (ConvertedOn is not null)
        {
            return ([], []);
        }

        ConvertedOn = on;
        Touch();
        var tied = Measures.Where(m => m.Target != CreditTarget.DishonestDebtorList).ToList();
        var reverse = tied.Where(m => m.Status is MeasureStatus.Repaired or MeasureStatus.Final).ToList();
        var withdrawn = tied.Where(m => m.Status == MeasureStatus.Requested).ToList();
        foreach (var measure in reverse)
        {
            measure.Set(MeasureStatus.ReversalDue, on, null);
            Record(measure.Target, MeasureStatus.ReversalDue, on, null);
        }

        foreach (var measure in withdrawn)
        {
            measure.Set(MeasureStatus.Withdrawn, on, null);
            Record(measure.Target, MeasureStatus.Withdrawn, on, null);
        }

        return (reverse, withdrawn);
    }

    /// <summary>The unit restored the records it had repaired (the measure reversed).</summary>
    public CreditOutcome Reversed(CreditTarget target, string note, DateOnly on) =>
        Measure(target) is not { } measure ? CreditOutcome.NoSuchMeasure
        : measure.Status != MeasureStatus.ReversalDue ? CreditOutcome.NoReversalDue
        : on < ConvertedOn ? CreditOutcome.BeforeConversion
        : Reverse(measure, note, on);

    private CreditOutcome Reverse(CreditMeasure measure, string note, DateOnly on)
    {
        measure.Set(MeasureStatus.Reversed, on, note);
        Record(measure.Target, MeasureStatus.Reversed, on, note);
        return CreditOutcome.Done;
    }

    private CreditMeasure Open(CreditTarget target, DateOnly on, int? application)
    {
        var measure = Measure(target);
        if (measure is null)
        {
            measure = new CreditMeasure(Id, target);
            Measures.Add(measure);
        }

        measure.Request(on, application);
        Record(target, MeasureStatus.Requested, on, application is { } number ? $"第{number}号申请" : null);
        Touch();
        return measure;
    }

    private void Record(CreditTarget target, MeasureStatus step, DateOnly on, string? note)
    {
        History.Add(new CreditEntry(Id, History.Count + 1, target, step, on, note));
        Touch();
    }
}

/// <summary>What a step on the credit file came to; members with a <see cref="RefusalAttribute"/> are refusals.</summary>
public enum CreditOutcome
{
    Done,
    [Refusal(409, "credit.no_approved_plan")] NoApprovedPlan,
    [Refusal(409, "credit.converted")] Converted,
    [Refusal(422, "credit.before_approval")] BeforeApproval,
    [Refusal(422, "credit.too_many_applications")] TooManyApplications,
    [Refusal(409, "credit.already_requested")] AlreadyRequested,
    [Refusal(404, "credit.no_such_measure")] NoSuchMeasure,
    [Refusal(409, "credit.already_decided")] AlreadyDecided,
    [Refusal(422, "credit.before_request")] BeforeRequest,
    [Refusal(409, "credit.no_reversal_due")] NoReversalDue,
    [Refusal(422, "credit.before_conversion")] BeforeConversion,
}
