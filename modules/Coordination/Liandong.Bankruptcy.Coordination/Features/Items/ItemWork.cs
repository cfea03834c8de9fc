using Liandong.Bankruptcy.Cases;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Events;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Items;

internal enum ItemWorkAction
{
    SignFor,
    Start,
    Complete,
    Return,
}

/// <summary>What people do to items (the API and the pages call the same code).</summary>
internal interface IItemWork
{
    Task<CoordinationItem> RaiseAsync(RaiseItemRequest request, CancellationToken cancellationToken);

    Task<CoordinationItem> DecideAsync(Guid id, uint expected, ConsentRequest request, CancellationToken cancellationToken);

    Task<CoordinationItem> ActAsync(Guid id, uint expected, ItemWorkAction action, string? text, CancellationToken cancellationToken);

    Task<CoordinationItem> ReassignAsync(Guid id, uint expected, Guid unitId, CancellationToken cancellationToken);
}

internal sealed class ItemWork(
    IDbContextOutbox<CoordinationDbContext> outbox, IUnitDirectory units, ICaseQueries cases, IHolidayCalendar calendars, IAuditContext audit,
    ICurrentUnit currentUnit, TimeProvider clock) : IItemWork
{
    private CoordinationDbContext Db => outbox.DbContext;

    public async Task<CoordinationItem> RaiseAsync(RaiseItemRequest request, CancellationToken cancellationToken)
    {
        var unit = await units.ActiveUnitAsync(request.UnitId!.Value, cancellationToken);
        string? caseNumber = null;
        if (request.CaseId is { } caseId)
        {
            caseNumber = await cases.CaseNumberAsync(caseId, cancellationToken);
        }

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
        item.Start(clock.Today(), await calendars.GetAsync(cancellationToken), await Db.ReminderDaysAsync(cancellationToken), audit.UserId, clock.GetUtcNow());
        Db.Items.Add(item);
        await Db.SaveChangesAsync(cancellationToken);
        return item;
    }

    public async Task<CoordinationItem> DecideAsync(Guid id, uint expected, ConsentRequest request, CancellationToken cancellationToken)
    {
        var item = await Db.ForChangeAsync(id, expected, cancellationToken);
        var outcome = item.Decide(request.Consented!.Value, request.Note?.Trim(), clock.Today(), await calendars.GetAsync(cancellationToken),
            await Db.ReminderDaysAsync(cancellationToken), audit.UserId, clock.GetUtcNow());
        return await SaveAsync(item, outcome, cancellationToken);
    }

    public async Task<CoordinationItem> ActAsync(Guid id, uint expected, ItemWorkAction action, string? text, CancellationToken cancellationToken)
    {
        var item = await Db.ForChangeAsync(id, expected, cancellationToken);
        if (currentUnit.Unit?.Id != item.UnitId)
        {
            throw new BusinessException("coordination.not_your_unit", 403);
        }

        var (by, at) = (audit.UserId, clock.GetUtcNow());
        var calendar = action == ItemWorkAction.Complete ? await calendars.GetAsync(cancellationToken) : null;
        var outcome = action switch
        {
            ItemWorkAction.SignFor => item.SignFor(by, at),
            ItemWorkAction.Start => item.BeginWork(by, at),
            ItemWorkAction.Complete => item.Complete(text!.Trim(), clock.Today(), calendar!, by, at),
            _ => item.Return(text!.Trim(), by, at),
        };
        if (outcome == ItemOutcome.Done && action == ItemWorkAction.Complete)
        {
            await outbox.PublishAsync(new CoordinationItemCompleted(item.Id, item.CaseId, item.Kind, item.UnitId, item.CompletedOn!.Value));
        }

        return await SaveAsync(item, outcome, cancellationToken);
    }

    public async Task<CoordinationItem> ReassignAsync(Guid id, uint expected, Guid unitId, CancellationToken cancellationToken)
    {
        var item = await Db.ForChangeAsync(id, expected, cancellationToken);
        var unit = await units.ActiveUnitAsync(unitId, cancellationToken);
        var outcome = item.Reassign(unit, await calendars.GetAsync(cancellationToken), await Db.ReminderDaysAsync(cancellationToken), audit.UserId, clock.GetUtcNow());
        return await SaveAsync(item, outcome, cancellationToken);
    }

    private async Task<CoordinationItem> SaveAsync(CoordinationItem item, ItemOutcome outcome, CancellationToken cancellationToken)
    {
        if (outcome == ItemOutcome.NotAllowed)
        {
            throw BusinessException.Conflict("coordination.invalid_item_transition", item.Status);
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return item;
    }
}
