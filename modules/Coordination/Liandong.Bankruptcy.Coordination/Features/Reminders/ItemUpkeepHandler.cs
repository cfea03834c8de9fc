using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Events;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Coordination.Features.Reminders;

/// <summary>
/// Events that change items without a person: the county's calendar changed (open items' due dates and reminders
/// move), and another module did what an item asks (<see cref="ItemKindDone"/>: the case's open items of that kind are
/// completed). Each in its county's scope; idempotent.
/// </summary>
public static class ItemUpkeepHandler
{
    public static async Task Handle(HolidayCalendarChanged message, IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoordinationDbContext>();
        var calendar = await scope.ServiceProvider.GetRequiredService<IHolidayCalendar>().GetAsync(cancellationToken);
        var reminderDays = await db.ReminderDaysAsync(cancellationToken);
        var open = await db.Items.Where(i => i.IsOpen).ToListAsync(cancellationToken);
        if (open.Where(i => i.Recompute(calendar, reminderDays)).ToList().Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public static async Task Handle(ItemKindDone message, IServiceScopeFactory scopes, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(scopes);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CoordinationDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockCaseAsync(message.CaseId, cancellationToken);
        var open = await db.Items.Include(i => i.History)
            .Where(i => i.CaseId == message.CaseId && i.Kind == message.Kind && i.IsOpen).ToListAsync(cancellationToken);
        var calendar = await scope.ServiceProvider.GetRequiredService<IHolidayCalendar>().GetAsync(cancellationToken);
        foreach (var item in open)
        {
            CompleteAsDone(item, message.Result, message.On, calendar, clock);
        }

        // Kept for an item of the kind made later (the event that makes it may be handled after this report).
        if (!await db.DoneKinds.AnyAsync(d => d.CaseId == message.CaseId && d.Kind == message.Kind, cancellationToken))
        {
            db.DoneKinds.Add(new DoneKind(message.CaseId, message.Kind, message.On, message.Result.Length <= 2000 ? message.Result : message.Result[..2000]));
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Completes an item because its module reported the work done (signing for it first when it waits for that).</summary>
    internal static void CompleteAsDone(CoordinationItem item, string result, DateOnly on, WorkingCalendar calendar, TimeProvider clock)
    {
        if (item.Status == ItemStatus.Assigned)
        {
            item.SignFor(null, clock.GetUtcNow());
        }

        item.Complete(result, on, calendar, null, clock.GetUtcNow());
    }
}
