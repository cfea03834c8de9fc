using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;
using Liandong.Bankruptcy.Wages.Domain;
using Liandong.Bankruptcy.Wages.Features.Files.Employees;
using Liandong.Bankruptcy.Wages.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Wages.Features.Files.Objections;

/// <summary>What the employee objects to, and the day the administrator received it.</summary>
internal sealed record ObjectionRequest(string? Reason, DateOnly? ObjectedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("reason", Reason, 500);
        errors.RequiredDate("objectedOn", ObjectedOn);
    }
}

/// <summary>
/// The administrator's review: upheld with the corrected amounts (<c>corrected</c>, the employee's name, ID number,
/// position and role unchanged), or dismissed (no <c>corrected</c>); the reason and the day.
/// </summary>
internal sealed record ObjectionReviewRequest(bool? Upheld, CorrectedAmounts? Corrected, string? Reason, DateOnly? ReviewedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Upheld is null)
        {
            errors.Add("upheld", "validation.required");
        }
        else if (Upheld.Value && Corrected is null)
        {
            errors.Add("corrected", "validation.required");
        }

        Corrected?.ToRequest("—", null, false).ValidateAmounts(errors, "corrected");
        errors.RequiredText("reason", Reason, 500);
        errors.RequiredDate("reviewedOn", ReviewedOn);
    }
}

/// <summary>The amounts after an upheld objection (as in the list).</summary>
internal sealed record CorrectedAmounts(
    int? MonthsOwed, decimal? Wages, decimal? MedicalSubsidies, decimal? DisabilitySubsidies, decimal? Survivors, decimal? Compensation, decimal? WagesBefore2006)
{
    public EmployeeRequest ToRequest(string name, string? position, bool executive) =>
        new(name, null, position, executive, MonthsOwed, Wages, MedicalSubsidies, DisabilitySubsidies, Survivors, Compensation, WagesBefore2006);
}

/// <summary>
/// Art. 48: an employee's objection to the published list, recorded by the administrator within the objection period,
/// and its review — upheld, the amounts corrected and the claims register updated in the same transaction; or
/// dismissed, the employee's 15 days to sue running (SPC Interpretation III art. 8).
/// </summary>
internal sealed class EmployeeObjections(IDbContextOutbox<WagesDbContext> outbox, WageFileReader files, IHolidayCalendar calendars, TimeProvider clock)
{
    public async Task ObjectAsync(Guid caseId, Guid employeeId, uint expected, ObjectionRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.ObjectedOn!.Value;
        clock.NotInFuture(on, "objectedOn");
        file.Object(employeeId, request.Reason!.Trim(), on).OrRefuse();
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }

    public async Task ReviewAsync(Guid caseId, Guid employeeId, uint expected, ObjectionReviewRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.ReviewedOn!.Value;
        clock.NotInFuture(on, "reviewedOn");
        var employee = file.Employees.SingleOrDefault(e => e.Id == employeeId);
        var corrected = request.Upheld == true && employee is not null
            ? request.Corrected!.ToRequest(employee.Name, employee.Position, employee.Executive).ToAmounts()
            : null;
        file.ReviewObjection(employeeId, corrected, request.Reason!.Trim(), on, await calendars.GetAsync(cancellationToken)).OrRefuse();
        if (corrected is not null)
        {
            await outbox.ReportAsync(file, [employee!], on, clock);
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }

    public static void Map(IEndpointRouteBuilder cases)
    {
        cases.MapPost("/{id:guid}/employees/{employeeId:guid}/objection", (Guid id, Guid employeeId, ObjectionRequest request, EmployeeObjections handler, WageFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.ObjectAsync(id, employeeId, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(WagesPermissions.Administer)
            .RequiresIfMatch()
            .Describe("RecordEmployeeObjection", "Record an employee's objection to the published list, within the objection period (art. 48)", "登记职工对公示清单的异议");
        cases.MapPost("/{id:guid}/employees/{employeeId:guid}/objection/review", (Guid id, Guid employeeId, ObjectionReviewRequest request, EmployeeObjections handler, WageFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.ReviewAsync(id, employeeId, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(WagesPermissions.Administer)
            .RequiresIfMatch()
            .Describe("ReviewEmployeeObjection", "Review an employee's objection: upheld with corrected amounts, or dismissed (15 days to sue)", "审查职工异议（更正或不予更正，可于15日内起诉）");
    }
}
