using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Features.CaseRegister.Register;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Tenancy;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Areas.Cases.Pages;

/// <summary>
/// The form to register a case: number, procedure, judge and panel, the tracks (fast track, transfer from enforcement,
/// pre-packaged stage), and one or more debtors ("add a debtor" posts back with another row; no script needed).
/// </summary>
[RequirePermission(CasesPermissions.Register)]
[PostRequiresPermission(CasesPermissions.Register)]
internal sealed class RegisterModel(
    IAuditContext audit, Features.Judges.CourtJudges judges, Persistence.CasesDbContext db, ICountyRegistry counties, ICurrentTenant tenant, TimeProvider clock) : FormPage
{
    /// <summary>The county's own court codes (豫0303 …): the case number's example and hint.</summary>
    public IReadOnlyList<string> CourtCodes { get; private set; } = [];

    /// <summary>A case number as this county's court writes it: (this year)(its first court code)破申1号.</summary>
    public string CaseNumberExample => $"({clock.Today().Year}){(CourtCodes.Count > 0 ? CourtCodes[0] : "豫0000")}破申1号";

    [BindProperty]
    public string? CaseNumber { get; set; }

    [BindProperty]
    public Procedure? Procedure { get; set; }

    /// <summary>The presiding judge, one of the court's members (the signed-in judge by default).</summary>
    [BindProperty]
    public Guid? PresidingJudgeId { get; set; }

    /// <summary>The other panel members, from the court's members.</summary>
    [BindProperty]
    public List<Guid> PanelIds { get; set; } = [];

    /// <summary>The court's judges to pick from.</summary>
    public IReadOnlyList<MemberName> Judges { get; private set; } = [];

    /// <summary>Set by the user after being shown <see cref="SameDebtorCases"/>: register all the same.</summary>
    [BindProperty]
    public bool SameDebtorConfirmed { get; set; }

    /// <summary>Other open cases of the county with one of the debtors' credit codes, shown before registering another.</summary>
    public IReadOnlyList<(Guid Id, string CaseNumber)> SameDebtorCases { get; private set; } = [];

    [BindProperty]
    public bool FastTrack { get; set; }

    [BindProperty]
    public DateOnly? ReceivedOn { get; set; }

    /// <summary>Who applied (art. 7): sets the review periods of art. 10.</summary>
    [BindProperty]
    public Applicant? Applicant { get; set; }

    [BindProperty]
    public bool FromEnforcement { get; set; }

    [BindProperty]
    public TransferRequest Transfer { get; set; } = new(null, null, null, null);

    [BindProperty]
    public DateOnly? PrePackagedFrom { get; set; }

    [BindProperty]
    public List<DebtorRequest> Debtors { get; set; } = [new(null, null, null, null, null)];

    /// <summary>The form, the signed-in user preselected as presiding judge when they are one of the court's members (the desk lists their cases).</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        PresidingJudgeId = Judges.Any(j => j.UserId == audit.UserId) ? audit.UserId : null;
    }

    [Liandong.Bankruptcy.Platform.Auditing.AuditAs("AddDebtorRow")]
    public async Task<IActionResult> OnPostAddDebtorAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Debtors.Add(new DebtorRequest(null, null, null, null, null));
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromServices] RegisterCase register, CancellationToken cancellationToken)
    {
        var debtors = Debtors.Where(d => !string.IsNullOrWhiteSpace(d.Name) || !string.IsNullOrWhiteSpace(d.Uscc)).ToList();
        var request = new RegisterCaseRequest(CaseNumber, Procedure, PresidingJudgeId, debtors, PanelIds, FastTrack, ReceivedOn,
            FromEnforcement ? Transfer : null, PrePackagedFrom, FromEnforcement ? null : Applicant);

        var errors = new ValidationErrors();
        RequestShape.Validate(request, errors);
        if (!SameDebtorConfirmed && errors.IsEmpty)
        {
            // A debtor already in another open case: say so, link it, and register only when the user confirms.
            SameDebtorCases = await db.OpenCasesOfDebtorsAsync([.. debtors.Select(d => d.Uscc?.Trim().ToUpperInvariant()).OfType<string>()], null, cancellationToken);
            if (SameDebtorCases.Count > 0)
            {
                await LoadAsync(cancellationToken);
                return Page();
            }
        }

        return await SubmitThenGoAsync(CasesPermissions.Register, request, async () => $"/cases/{await register.HandleAsync(request, cancellationToken)}",
            () => LoadAsync(cancellationToken), cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        CourtCodes = tenant.Id is { } county ? await counties.CourtCodesAsync(county, cancellationToken) : [];
        Judges = await judges.ListAsync(cancellationToken);
    }
}
