using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Wages.Domain;
using Liandong.Bankruptcy.Wages.Features.Files.Objections;
using Liandong.Bankruptcy.Wages.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Wages.Features.Files.Verification;

/// <summary>The employees confirmed as listed (omitted: every one the unit has not verified yet), a note, the day.</summary>
internal sealed record ConfirmEmployeesRequest(
    [property: MaxItems(WageFile.MaxEmployees)] List<Guid>? EmployeeIds, string? Note, DateOnly? VerifiedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (EmployeeIds is { Count: 0 })
        {
            errors.Add("employeeIds", "validation.required");
        }

        errors.OptionalText("note", Note, 500);
        errors.RequiredDate("verifiedOn", VerifiedOn);
    }
}

/// <summary>
/// One employee's amounts as the unit found them: human resources gives <c>corrected</c> (every amount but the medical
/// subsidies, which stay as listed), medical insurance gives <c>medicalSubsidies</c>; the note says why.
/// </summary>
internal sealed record CorrectEmployeeRequest(CorrectedAmounts? Corrected, decimal? MedicalSubsidies, string? Note, DateOnly? VerifiedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if ((Corrected is null) == (MedicalSubsidies is null))
        {
            errors.Add("corrected", "wages.correction_one_of");
        }

        Corrected?.ToRequest("—", null, false).ValidateAmounts(errors, "corrected");
        if (MedicalSubsidies is { } medical && (medical < 0 || medical > Employees.EmployeeRequest.MaxAmount || decimal.Round(medical, 2) != medical))
        {
            errors.Add("medicalSubsidies", "validation.amount");
        }

        errors.RequiredText("note", Note, 500);
        errors.RequiredDate("verifiedOn", VerifiedOn);
    }
}

/// <summary>
/// HRSS and medical insurance verify the list (EBL art. 48; their acceptance items <c>hrss.verify_arrears</c> and
/// <c>medical.verify_arrears</c>): each confirms employees as listed or corrects one — a correction after publication
/// updates the claims register in the same transaction. Once the list is published and the unit has verified every
/// employee, its item is answered (<see cref="ItemKindDone"/>). Only a user of one of the two unit kinds verifies (403).
/// </summary>
internal sealed class VerifyEmployees(IDbContextOutbox<WagesDbContext> outbox, WageFileReader files, ICurrentUnit unit, TimeProvider clock)
{
    public async Task ConfirmAsync(Guid caseId, uint expected, ConfirmEmployeesRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken); // another county's case is 404 before anything else
        var verifier = Verifier();
        var on = request.VerifiedOn!.Value;
        clock.NotInFuture(on, "verifiedOn");
        file.Confirm(verifier, request.EmployeeIds, request.Note?.Trim(), on).OrRefuse();
        await AnswerIfCompleteAsync(outbox, file, verifier, on);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }

    public async Task CorrectAsync(Guid caseId, Guid employeeId, uint expected, CorrectEmployeeRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var verifier = Verifier();
        if ((verifier == Domain.Verifier.Hrss) != (request.Corrected is not null))
        {
            var errors = new ValidationErrors();
            errors.Add(verifier == Domain.Verifier.Hrss ? "corrected" : "medicalSubsidies", "validation.required");
            throw new ValidationException(errors);
        }

        var on = request.VerifiedOn!.Value;
        clock.NotInFuture(on, "verifiedOn");
        var employee = file.Employees.SingleOrDefault(e => e.Id == employeeId) ?? throw new BusinessException("wages.no_such_employee", 404);
        var listed = employee.Amounts;
        var corrected = request.Corrected is { } amounts
            ? amounts.ToRequest(listed.Name, listed.Position, listed.Executive).ToAmounts() with { MedicalSubsidies = listed.MedicalSubsidies }
            : listed with { MedicalSubsidies = request.MedicalSubsidies!.Value };
        file.Correct(verifier, employeeId, corrected, request.Note!.Trim(), on).OrRefuse();
        if (file.PublishedOn is not null)
        {
            await outbox.ReportAsync(file, [employee], on, clock);
        }

        await AnswerIfCompleteAsync(outbox, file, verifier, on);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }

    /// <summary>Answers the unit's item once the published list is verified in full (also on publication, when the unit was first).</summary>
    public static async Task AnswerIfCompleteAsync(IDbContextOutbox<WagesDbContext> outbox, WageFile file, Verifier verifier, DateOnly on)
    {
        if (file.VerificationCompleted(verifier, on) is { } day)
        {
            var corrected = file.Employees.Count(e => e.VerificationBy(verifier) == VerificationStatus.Corrected);
            await outbox.PublishAsync(new ItemKindDone(file.Id, verifier == Domain.Verifier.Hrss ? ItemKinds.WageVerification : ItemKinds.MedicalArrears, day,
                $"已核实职工 {file.Employees.Count} 人，其中更正 {corrected} 人"));
        }
    }

    private Verifier Verifier() => unit.Unit?.Kind switch
    {
        UnitKind.HumanResourcesSocialSecurity => Domain.Verifier.Hrss,
        UnitKind.MedicalInsurance => Domain.Verifier.Medical,
        _ => throw new BusinessException("wages.not_a_verifying_unit", 403),
    };

    public static void Map(IEndpointRouteBuilder cases)
    {
        cases.MapPost("/{id:guid}/verification", (Guid id, ConfirmEmployeesRequest request, VerifyEmployees handler, WageFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.ConfirmAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(WagesPermissions.Verify)
            .RequiresIfMatch()
            .Describe("ConfirmEmployeeClaims",
                "Human resources or medical insurance confirms employees' amounts as listed (all not yet verified when no ids are given); the unit's item is answered once the published list is verified",
                "人社、医保部门核实职工债权（确认无误）");
        cases.MapPost("/{id:guid}/employees/{employeeId:guid}/verification", (Guid id, Guid employeeId, CorrectEmployeeRequest request, VerifyEmployees handler, WageFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.CorrectAsync(id, employeeId, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(WagesPermissions.Verify)
            .RequiresIfMatch()
            .Describe("CorrectEmployeeClaim",
                "Human resources corrects an employee's amounts (medical insurance: the medical subsidies), with the reason; the claims register follows after publication",
                "人社、医保部门更正职工债权金额");
    }
}
