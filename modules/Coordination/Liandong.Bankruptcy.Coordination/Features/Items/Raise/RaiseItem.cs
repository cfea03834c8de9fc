using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Coordination.Features.Items.Raise;

/// <summary><c>{caseId?, unitId, title, basis?, dueLength, dueUnit, priority?}</c>: an item raised by hand (not routine: it waits for consent).</summary>
internal sealed record RaiseItemRequest(Guid? CaseId, Guid? UnitId, string? Title, string? Basis, int? DueLength, PeriodUnit? DueUnit, ItemPriority? Priority) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (UnitId is null)
        {
            errors.Add("unitId", "validation.required");
        }

        errors.RequiredText("title", Title, 200);
        errors.OptionalText("basis", Basis, 300);
        if (DueLength is not (>= 1 and <= 365))
        {
            errors.Add("dueLength", "validation.range", 1, 365);
        }

        errors.Defined("dueUnit", DueUnit);
        if (Priority is { } priority && !Enum.IsDefined(priority))
        {
            errors.Add("priority", "validation.invalid_value");
        }
    }
}

/// <summary>Raises an item for a unit of the county, on one of its cases or none; its source is the raising unit's kind.</summary>
internal sealed class RaiseItem(
    CoordinationDbContext db, IUnitDirectory units, ICaseQueries cases, IHolidayCalendar calendars, IAuditContext audit, ICurrentUnit currentUnit, TimeProvider clock)
{
    public async Task<Guid> HandleAsync(RaiseItemRequest request, CancellationToken cancellationToken)
    {
        var unit = await units.ActiveUnitAsync(request.UnitId!.Value, cancellationToken);
        var caseNumber = request.CaseId is { } caseId ? await cases.CaseNumberAsync(caseId, cancellationToken) : null;
        var source = currentUnit.Unit?.Kind switch
        {
            UnitKind.Court => ItemSource.Court,
            UnitKind.AdministratorFirm => ItemSource.AdministratorFirm,
            UnitKind.LeadershipGroupOffice or null => ItemSource.Office,
            _ => ItemSource.Unit,
        };
        var item = new CoordinationItem(
            new ItemOrigin(request.CaseId, caseNumber, ItemKinds.AdHoc, request.Title!.Trim(), request.Basis?.Trim(), source, currentUnit.Unit?.Id),
            unit, new DueRule(request.DueLength!.Value, request.DueUnit!.Value), request.Priority ?? ItemPriority.Normal, null);
        item.Start(clock.Today(), await calendars.GetAsync(cancellationToken), await db.ReminderDaysAsync(cancellationToken), audit.UserId, clock.GetUtcNow());
        db.Items.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        return item.Id;
    }
}
