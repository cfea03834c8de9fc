using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Liandong.Bankruptcy.Coordination.Features.Templates;

/// <summary>
/// Makes the items a case event asks for under the county's template, once per (trigger, line, case): a second
/// delivery of the same event finds them made and adds nothing (the unique source key backs this up under a race).
/// Each item goes to the county's first active unit of the line's kind, or to the office to assign when there is none.
/// </summary>
internal sealed class ItemFactory(
    CoordinationDbContext db, IUnitDirectory units, IHolidayCalendar calendars, TimeProvider clock, ILogger<ItemFactory> logger)
{
    public async Task<int> FromTemplatesAsync(Guid caseId, string caseNumber, TemplateTrigger trigger, DateOnly on, CancellationToken cancellationToken)
    {
        var lines = await db.Templates.AsNoTracking().Where(t => t.Trigger == trigger && t.IsActive).OrderBy(t => t.Key).ToListAsync(cancellationToken);
        if (lines.Count == 0)
        {
            return 0;
        }

        var keys = lines.Select(l => SourceKey(trigger, l.Key, caseId)).ToList();
        var made = await db.Items.Where(i => keys.Contains(i.SourceKey!))
            .Select(i => i.SourceKey).ToListAsync(cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        var reminderDays = await db.ReminderDaysAsync(cancellationToken);
        var office = await FirstAsync(UnitKind.LeadershipGroupOffice, cancellationToken);
        var done = await db.DoneKinds.AsNoTracking().Where(d => d.CaseId == caseId).ToListAsync(cancellationToken); // reported before the item existed
        var count = 0;
        foreach (var line in lines.Where(l => !made.Contains(SourceKey(trigger, l.Key, caseId))))
        {
            if ((await FirstAsync(line.UnitKind, cancellationToken) ?? office) is not { } unit)
            {
                logger.LogWarning("No {UnitKind} unit and no office in the county: item {Key} of case {CaseId} not made", line.UnitKind, line.Key, caseId);
                continue;
            }

            var item = new CoordinationItem(
                new ItemOrigin(caseId, caseNumber, line.Key, line.Title, line.Basis, ItemSource.Template, null),
                unit, line.Due, ItemPriority.Normal, SourceKey(trigger, line.Key, caseId));
            item.Start(on, calendar, reminderDays, null, clock.GetUtcNow());
            if (done.FirstOrDefault(d => d.Kind == line.Key) is { } reported)
            {
                Reminders.ItemUpkeepHandler.CompleteAsDone(item, reported.Result, reported.On < on ? on : reported.On, calendar, clock);
            }

            db.Items.Add(item);
            count++;
        }

        return count;
    }

    /// <summary>
    /// The item another module asked for (<see cref="Contracts.ItemRequested"/>), once per source key; false when it was
    /// made before (or no unit can take it).
    /// </summary>
    public async Task<bool> FromRequestAsync(Contracts.ItemRequested request, string caseNumber, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<UnitKind>(request.UnitKind, out var kind) || await db.Items.AnyAsync(i => i.SourceKey == request.SourceKey, cancellationToken))
        {
            return false;
        }

        if ((await FirstAsync(kind, cancellationToken) ?? await FirstAsync(UnitKind.LeadershipGroupOffice, cancellationToken)) is not { } unit)
        {
            logger.LogWarning("No {UnitKind} unit and no office in the county: item {Key} of case {CaseId} not made", kind, request.Kind, request.CaseId);
            return false;
        }

        var item = new CoordinationItem(
            new ItemOrigin(request.CaseId, caseNumber, request.Kind, request.Title, request.Basis, ItemSource.Module, null),
            unit, new DueRule(request.DueDays, request.WorkingDays ? PeriodUnit.WorkingDays : PeriodUnit.Days), ItemPriority.Normal, request.SourceKey);
        item.Start(request.On, await calendars.GetAsync(cancellationToken), await db.ReminderDaysAsync(cancellationToken), null, clock.GetUtcNow());
        db.Items.Add(item);
        return true;
    }

    /// <summary>
    /// The item kinds whose due date is a deadline the court sets, not a period from the event: the tax bureau declares
    /// by the claim deadline (art. 45; SAT and SPC 2025 No. 24), whenever the court sets or changes it.
    /// </summary>
    private static readonly (string Kind, string Deadline)[] DueAtCaseDeadline = [(ItemKinds.TaxClaims, "ClaimDeadline")];

    /// <summary>Moves the case's open items of those kinds (made before or in this unit of work) to the case's deadline, once the court has set it.</summary>
    public async Task AlignWithCaseDeadlinesAsync(Guid caseId, IReadOnlyList<Cases.Contracts.CaseDeadlineInfo> deadlines, CancellationToken cancellationToken)
    {
        var due = DueAtCaseDeadline.Select(k => (k.Kind, Date: deadlines.FirstOrDefault(d => d.Kind == k.Deadline)?.Due))
            .Where(k => k.Date is not null).ToDictionary(k => k.Kind, k => k.Date!.Value);
        if (due.Count == 0)
        {
            return;
        }

        var kinds = due.Keys.ToList();
        var items = await db.Items.Where(i => i.CaseId == caseId && kinds.Contains(i.Kind) && i.IsOpen).ToListAsync(cancellationToken);
        items.AddRange(db.Items.Local.Where(i => i.CaseId == caseId && kinds.Contains(i.Kind) && i.IsOpen && !items.Contains(i)));
        if (items.Count == 0)
        {
            return;
        }

        var calendar = await calendars.GetAsync(cancellationToken);
        var reminderDays = await db.ReminderDaysAsync(cancellationToken);
        foreach (var item in items)
        {
            item.DueAt(due[item.Kind], calendar, reminderDays);
        }
    }

    private static string SourceKey(TemplateTrigger trigger, string key, Guid caseId) => $"{trigger}:{key}:{caseId:N}";

    private async Task<UnitRef?> FirstAsync(UnitKind kind, CancellationToken cancellationToken) =>
        (await units.ActiveAsync(kind, cancellationToken)) is [var first, ..] ? new UnitRef(first.Id, first.Name) : null;
}
