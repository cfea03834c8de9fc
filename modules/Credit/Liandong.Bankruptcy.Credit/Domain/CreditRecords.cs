using Liandong.Bankruptcy.Platform.Persistence;

namespace Liandong.Bankruptcy.Credit.Domain;

/// <summary>One target's measure on the case: requested from its unit, decided, made final or reversed; the latest step's date and note.</summary>
internal sealed class CreditMeasure : Entity, ITenantOwned
{
    public const int MaxNote = 500;

    private CreditMeasure()
    {
    }

    public CreditMeasure(Guid caseId, CreditTarget target) => (CaseId, Target) = (caseId, target);

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public CreditTarget Target { get; private set; }

    public MeasureStatus Status { get; private set; }

    /// <summary>The number of the application that asked for it (null for the dishonest-debtor list, asked on acceptance).</summary>
    public int? Application { get; private set; }

    public DateOnly RequestedOn { get; private set; }

    /// <summary>How many times it was requested: each request is its unit's new item.</summary>
    public int Round { get; private set; }

    public DateOnly? DecidedOn { get; private set; }

    public DateOnly? ChangedOn { get; private set; }

    public string? Note { get; private set; }

    public void Request(DateOnly on, int? application) =>
        (Status, RequestedOn, Application, Round, DecidedOn, ChangedOn, Note) = (MeasureStatus.Requested, on, application, Round + 1, null, on, null);

    public void Set(MeasureStatus status, DateOnly on, string? note)
    {
        if (status is MeasureStatus.Repaired or MeasureStatus.Refused || (status == MeasureStatus.Final && DecidedOn is null))
        {
            DecidedOn = on;
        }

        (Status, ChangedOn) = (status, on);
        if (note is not null)
        {
            Note = note.Length <= MaxNote ? note : note[..(MaxNote - 1)] + "…";
        }
    }
}

/// <summary>A repair application: who filed it, its basis documents, the targets it opened.</summary>
internal sealed class RepairApplication : Entity, ITenantOwned
{
    public const int MaxDocuments = 20;

    public const int MaxDocument = 200;

    private RepairApplication()
    {
    }

    public RepairApplication(Guid caseId, int number, CreditApplicant applicant, string applicantName, IReadOnlyList<string> documents, IReadOnlyList<CreditTarget> targets, DateOnly filedOn) =>
        (CaseId, Number, Applicant, ApplicantName, Documents, Targets, FiledOn) =
        (caseId, number, applicant, applicantName, [.. documents], [.. targets.Select(t => t.ToString())], filedOn);

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public int Number { get; private set; }

    public CreditApplicant Applicant { get; private set; }

    public string ApplicantName { get; private set; } = "";

    public List<string> Documents { get; private set; } = [];

    public List<string> Targets { get; private set; } = [];

    public DateOnly FiledOn { get; private set; }
}

/// <summary>One step in a measure's history (requested, repaired, refused, final, reversal due, reversed, withdrawn).</summary>
internal sealed class CreditEntry : Entity, ITenantOwned
{
    private CreditEntry()
    {
    }

    public CreditEntry(Guid caseId, int number, CreditTarget target, MeasureStatus step, DateOnly on, string? note) =>
        (CaseId, Number, Target, Step, On, Note) = (caseId, number, target, step, on, note is null || note.Length <= CreditMeasure.MaxNote ? note : note[..(CreditMeasure.MaxNote - 1)] + "…");

    public Guid TenantId { get; private set; }

    public Guid CaseId { get; private set; }

    public int Number { get; private set; }

    public CreditTarget Target { get; private set; }

    public MeasureStatus Step { get; private set; }

    public DateOnly On { get; private set; }

    public string? Note { get; private set; }
}
