using Liandong.Bankruptcy.Coordination.Localization;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Liandong.Bankruptcy.Coordination.Features;

/// <summary>The audit log's names for what Coordination holds: an item by its title and case, a meeting by its date and topic, a risk, a lead, a template line.</summary>
internal sealed class CoordinationAuditSubjects(CoordinationDbContext db, IStringLocalizer<CoordinationMessages> text) : IAuditSubjects
{
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var names = new Dictionary<Guid, string>();
        foreach (var item in await db.Items.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.Title, i.CaseNumber }).ToListAsync(cancellationToken))
        {
            names[item.Id] = item.CaseNumber is null ? item.Title : $"{item.Title}（{item.CaseNumber}）";
        }

        foreach (var meeting in await db.Meetings.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.HeldOn, m.Topic }).ToListAsync(cancellationToken))
        {
            names[meeting.Id] = text["audit.meeting", meeting.HeldOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), meeting.Topic];
        }

        foreach (var risk in await db.Risks.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.Title }).ToListAsync(cancellationToken))
        {
            names[risk.Id] = risk.Title;
        }

        foreach (var lead in await db.Leads.AsNoTracking().Where(l => ids.Contains(l.Id)).Select(l => new { l.Id, l.CaseNumber }).ToListAsync(cancellationToken))
        {
            names[lead.Id] = text["audit.lead", lead.CaseNumber];
        }

        foreach (var line in await db.Templates.AsNoTracking().Where(t => ids.Contains(t.Id)).Select(t => new { t.Id, t.Title }).ToListAsync(cancellationToken))
        {
            names[line.Id] = line.Title;
        }

        return names;
    }

    public async Task<IReadOnlyCollection<Guid>> OfCaseAsync(string caseNumber, CancellationToken cancellationToken) =>
        await db.Items.Where(i => i.CaseNumber == caseNumber).Select(i => i.Id)
            .Concat(db.Leads.Where(l => l.CaseNumber == caseNumber).Select(l => l.Id))
            .ToListAsync(cancellationToken);
}
