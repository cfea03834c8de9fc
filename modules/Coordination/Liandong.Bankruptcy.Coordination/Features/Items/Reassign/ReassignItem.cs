using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Coordination.Features.Items.Reassign;

/// <summary><c>{unitId}</c>: the unit the office hands the item to.</summary>
internal sealed record ReassignRequest(Guid? UnitId) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (UnitId is null)
        {
            errors.Add("unitId", "validation.required");
        }
    }
}

/// <summary>The office hands an open or returned item to another active unit of the county; its due date counts again.</summary>
internal sealed class ReassignItem(CoordinationDbContext db, IUnitDirectory units, IHolidayCalendar calendars, IAuditContext audit, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, uint expected, ReassignRequest request, CancellationToken cancellationToken)
    {
        var item = await db.ForChangeAsync(id, expected, cancellationToken);
        var unit = await units.ActiveUnitAsync(request.UnitId!.Value, cancellationToken);
        item.Reassign(unit, await calendars.GetAsync(cancellationToken), await db.ReminderDaysAsync(cancellationToken), audit.UserId, clock.GetUtcNow())
            .OrRefuse(item.Status);
        await db.SaveChangesAsync(cancellationToken);
    }
}
