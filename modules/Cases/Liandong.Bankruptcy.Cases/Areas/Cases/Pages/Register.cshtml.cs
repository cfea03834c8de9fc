using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Features.CaseRegister.Register;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Tenancy;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Mvc;

namespace Liandong.Bankruptcy.Cases.Areas.Cases.Pages;

/// <summary>
/// The form to register a case: number, procedure, judge and panel, the tracks (fast track, transfer from enforcement,
/// pre-packaged stage), and one or more debtors ("add a debtor" posts back with another row; no script needed).
/// </summary>
[RequirePermission(CasesPermissions.Register)]
[PostRequiresPermission(CasesPermissions.Register)]
internal sealed class RegisterModel(IAuditContext audit, IMemberDirectory members, ICountyRegistry counties, ICurrentTenant tenant, TimeProvider clock) : FormPage
{
    /// <summary>The county's own court codes (豫0303 …): the case number's example and hint.</summary>
    public IReadOnlyList<string> CourtCodes { get; private set; } = [];

    /// <summary>A case number as this county's court writes it: (this year)(its first court code)破申1号.</summary>
    public string CaseNumberExample => $"({clock.Today().Year}){(CourtCodes.Count > 0 ? CourtCodes[0] : "豫0000")}破申1号";

    [BindProperty]
    public string? CaseNumber { get; set; }

    [BindProperty]
    public Procedure? Procedure { get; set; }

    [BindProperty]
    public string? PresidingJudge { get; set; }

    /// <summary>The other panel members, separated by 、 , or spaces.</summary>
    [BindProperty]
    public string? Panel { get; set; }

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

    /// <summary>The form, the presiding judge prefilled with the name the county knows the user by (the desk lists their cases by it).</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PresidingJudge = audit.UserId is { } me ? await members.DisplayNameAsync(me, cancellationToken) : null;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAddDebtorAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Debtors.Add(new DebtorRequest(null, null, null, null, null));
        await LoadAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAsync([FromServices] RegisterCase register, CancellationToken cancellationToken)
    {
        var debtors = Debtors.Where(d => !string.IsNullOrWhiteSpace(d.Name) || !string.IsNullOrWhiteSpace(d.Uscc)).ToList();
        var panel = (Panel ?? "").Split(['、', ',', '，', ' ', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var request = new RegisterCaseRequest(CaseNumber, Procedure, PresidingJudge, debtors, panel, FastTrack, ReceivedOn,
            FromEnforcement ? Transfer : null, PrePackagedFrom, FromEnforcement ? null : Applicant);
        return SubmitThenGoAsync(CasesPermissions.Register, request, async () => $"/cases/{await register.HandleAsync(request, cancellationToken)}",
            () => LoadAsync(cancellationToken), cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        CourtCodes = tenant.Id is { } county ? await counties.CourtCodesAsync(county, cancellationToken) : [];
}
