using System.Globalization;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Areas.Platform.Pages;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Wages.Features.Files;
using Liandong.Bankruptcy.Wages.Features.Files.Advance;
using Liandong.Bankruptcy.Wages.Features.Files.Average;
using Liandong.Bankruptcy.Wages.Features.Files.Employees;
using Liandong.Bankruptcy.Wages.Features.Files.Objections;
using Liandong.Bankruptcy.Wages.Features.Files.Publish;
using Liandong.Bankruptcy.Wages.Features.Files.Verification;
using Microsoft.AspNetCore.Mvc;

namespace Liandong.Bankruptcy.Wages.Areas.Wages.Pages;

/// <summary>
/// A case's employee claims list on one page: the facts (publication, verification, the contracts' end, a stability
/// risk), the employees a hundred at a time by number, and the forms each user may use — the administrator's import,
/// average wage, publication and objections; human resources' and medical insurance's verification; the fund's
/// advance. Each form runs the API's use case; an employee is named by the number on the list.
/// </summary>
[RequirePermission(WagesPermissions.View)]
internal sealed class CaseModel(WageFileReader files, ICurrentUnit unit) : FormPage
{
    public const int PageSize = 100;

    public WageFileDto Wages { get; private set; } = null!;

    /// <summary>The employees shown: numbers after <see cref="Cursor"/>, at most <see cref="PageSize"/>.</summary>
    public IReadOnlyList<EmployeeDto> Shown { get; private set; } = [];

    public string? NextCursor { get; private set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public bool CanAdminister { get; private set; }

    public bool CanAdvance { get; private set; }

    /// <summary>The user's unit verifies (<c>Hrss</c> or <c>Medical</c>), when the user may verify; null otherwise.</summary>
    public string? Verifier { get; private set; }

    public Task OnGetAsync(Guid id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostImportAsync(Guid id, uint version, [FromServices] AddEmployees handler, CancellationToken cancellationToken) =>
        SubmitAsync(WagesPermissions.Administer, null, async () => await handler.HandleAsync(id, version, await EmployeeSheet.ReadAsync(Request, cancellationToken), cancellationToken),
            () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAverageAsync(Guid id, uint version, SetAverageWageRequest average, [FromServices] SetAverageWage handler, CancellationToken cancellationToken) =>
        SubmitAsync(WagesPermissions.Administer, average, () => handler.HandleAsync(id, version, average, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(Guid id, uint version, PublishEmployeeListRequest publication, [FromServices] PublishEmployeeList handler, CancellationToken cancellationToken) =>
        SubmitAsync(WagesPermissions.Administer, publication, () => handler.HandleAsync(id, version, publication, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    [AuditAs("ConfirmEmployeeClaims")] // its use case serves two operations
    public Task<IActionResult> OnPostConfirmAsync(Guid id, uint version, ConfirmEmployeesRequest confirmation, [FromServices] VerifyEmployees handler, CancellationToken cancellationToken) =>
        SubmitAsync(WagesPermissions.Verify, confirmation, () => handler.ConfirmAsync(id, version, confirmation, cancellationToken), () => LoadAsync(id, cancellationToken), cancellationToken);

    [AuditAs("CorrectEmployeeClaim")] // its use case serves two operations
    public Task<IActionResult> OnPostCorrectAsync(Guid id, uint version, int number, CorrectEmployeeRequest correction, [FromServices] VerifyEmployees handler, CancellationToken cancellationToken) =>
        SubmitAsync(WagesPermissions.Verify, correction, async () => await handler.CorrectAsync(id, await files.EmployeeIdAsync(id, number, cancellationToken), version, correction, cancellationToken),
            () => LoadAsync(id, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAdvanceAsync(Guid id, uint version, int number, AdvanceWagesRequest advance, [FromServices] AdvanceWages handler, CancellationToken cancellationToken) =>
        SubmitAsync(WagesPermissions.Advance, advance, async () => await handler.HandleAsync(id, await files.EmployeeIdAsync(id, number, cancellationToken), version, advance, cancellationToken),
            () => LoadAsync(id, cancellationToken), cancellationToken);

    [AuditAs("RecordEmployeeObjection")] // its use case serves two operations
    public Task<IActionResult> OnPostObjectAsync(Guid id, uint version, int number, ObjectionRequest objection, [FromServices] EmployeeObjections handler, CancellationToken cancellationToken) =>
        SubmitAsync(WagesPermissions.Administer, objection, async () => await handler.ObjectAsync(id, await files.EmployeeIdAsync(id, number, cancellationToken), version, objection, cancellationToken),
            () => LoadAsync(id, cancellationToken), cancellationToken);

    [AuditAs("ReviewEmployeeObjection")] // its use case serves two operations
    public Task<IActionResult> OnPostReviewAsync(Guid id, uint version, int number, ObjectionReviewRequest review, [FromServices] EmployeeObjections handler, CancellationToken cancellationToken) =>
        SubmitAsync(WagesPermissions.Administer, review, async () => await handler.ReviewAsync(id, await files.EmployeeIdAsync(id, number, cancellationToken), version, review, cancellationToken),
            () => LoadAsync(id, cancellationToken), cancellationToken);

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Wages = await files.GetAsync(id, cancellationToken);
        var after = int.TryParse(Cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        var rest = Wages.Employees.Where(e => e.Number > after).Take(PageSize + 1).ToList();
        Shown = rest.Take(PageSize).ToList();
        NextCursor = rest.Count > PageSize ? Shown[^1].Number.ToString(CultureInfo.InvariantCulture) : null;
        CanAdminister = await MayAsync(WagesPermissions.Administer, cancellationToken);
        CanAdvance = await MayAsync(WagesPermissions.Advance, cancellationToken);
        Verifier = await MayAsync(WagesPermissions.Verify, cancellationToken)
            ? unit.Unit?.Kind switch { UnitKind.HumanResourcesSocialSecurity => "Hrss", UnitKind.MedicalInsurance => "Medical", _ => null }
            : null;
    }
}
