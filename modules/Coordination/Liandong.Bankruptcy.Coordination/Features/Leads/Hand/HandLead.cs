using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Coordination.Features.Leads.Hand;

internal sealed record LeadRequest(Guid? CaseId, Guid? UnitId, EvasionBasis? Basis, string? Facts, int? AnswerDays) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (CaseId is null)
        {
            errors.Add("caseId", "validation.required");
        }

        if (UnitId is null)
        {
            errors.Add("unitId", "validation.required");
        }

        errors.Defined("basis", Basis);
        errors.RequiredText("facts", Facts, 2000);
        if (AnswerDays is not null and not (>= 1 and <= 180))
        {
            errors.Add("answerDays", "validation.range", 1, 180);
        }
    }
}

/// <summary>
/// A judge or an administrator hands a lead on a case to public security or the procuratorate (else 422), with its basis
/// in the Criminal Law (arts. 162-1, 162-2, 313) and the facts: an item of that unit straight away (a referral is the
/// court's or administrator's own power), the facts as its first comment.
/// </summary>
internal sealed class HandLead(
    CoordinationDbContext db, IUnitDirectory units, ICaseQueries cases, IHolidayCalendar calendars, IAuditContext audit, ICurrentUnit currentUnit, TimeProvider clock)
{
    public const int DefaultAnswerDays = 30;

    public async Task<Guid> HandleAsync(LeadRequest request, CancellationToken cancellationToken)
    {
        var unit = await units.FindAsync(request.UnitId!.Value, cancellationToken);
        if (unit is not { IsActive: true, Kind: UnitKind.PublicSecurity or UnitKind.Procuratorate })
        {
            throw BusinessException.Rule("coordination.lead_unit");
        }

        var caseNumber = await cases.CaseNumberAsync(request.CaseId!.Value, cancellationToken);
        var source = currentUnit.Unit?.Kind == UnitKind.AdministratorFirm ? ItemSource.AdministratorFirm : ItemSource.Court;
        var basis = EvasionLead.BasisText(request.Basis!.Value);
        var item = new CoordinationItem(
            new ItemOrigin(request.CaseId, caseNumber, ItemKinds.EvasionLead, $"打击逃废债线索移送：{caseNumber}", basis, source, currentUnit.Unit?.Id, Direct: true),
            new UnitRef(unit.Id, unit.Name), new DueRule(request.AnswerDays ?? DefaultAnswerDays, Platform.Time.PeriodUnit.Days), ItemPriority.High, null);
        var today = clock.Today();
        item.Start(today, await calendars.GetAsync(cancellationToken), await db.ReminderDaysAsync(cancellationToken), audit.UserId, clock.GetUtcNow());
        item.AddComment(request.Facts!.Trim(), audit.UserId, null, clock.GetUtcNow());
        var lead = new EvasionLead(request.CaseId!.Value, caseNumber, request.Basis.Value, request.Facts.Trim(), new UnitRef(unit.Id, unit.Name), item.Id, today, audit.UserId);
        db.Items.Add(item);
        db.Leads.Add(lead);
        await db.SaveChangesAsync(cancellationToken);
        return lead.Id;
    }
}
