using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Features.Audit;

/// <summary>Which requests of the audit log to show: by user, unit, action (an operation id), case number and time.</summary>
public sealed record AuditFilter(Guid? UserId = null, Guid? UnitId = null, string? Action = null, string? CaseNumber = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null) : Http.IValidatable
{
    public const int MaxCaseNumberLength = 100;

    public const int MaxActionLength = 100;

    public void Validate(Http.ValidationErrors errors)
    {
        errors.OptionalText("caseNumber", CaseNumber, MaxCaseNumberLength);
        errors.OptionalText("action", Action, MaxActionLength);
        if (From is { } from && To is { } to && to < from)
        {
            errors.Add("to", "validation.invalid_value");
        }
    }
}

/// <summary>One audited request as the log shows it: who (name and unit), what (the action in words), on what (a case number or the object's name).</summary>
public sealed record AuditEntry(
    long Id, DateTimeOffset At, Guid? UserId, string? UserName, Guid? UnitId, string? UnitName, string? Action, string ActionText,
    Guid? SubjectId, string? Subject, string Method, string Route, string Path, int Status, string ClientAddress, int DurationMs, string CorrelationId);

/// <summary>
/// The county's audit log of state-changing requests, newest first, in words. What a request acted on is named by the
/// module that owns it (<see cref="IAuditSubjects"/>); the filter by case asks every module what it holds about the case.
/// </summary>
internal sealed class AuditLog(PlatformDbContext db, AuditActions actions, IEnumerable<IAuditSubjects> subjects)
{
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(AuditFilter filter, long? after, int limit, CancellationToken cancellationToken)
    {
        var query = db.AuditRequests.AsNoTracking();
        query = filter.UserId is null ? query : query.Where(r => r.UserId == filter.UserId);
        query = filter.UnitId is null ? query : query.Where(r => r.UnitId == filter.UnitId);
        query = string.IsNullOrWhiteSpace(filter.Action) ? query : query.Where(r => r.Action == filter.Action);
        var (from, to) = (filter.From?.ToUniversalTime(), filter.To?.ToUniversalTime()); // PostgreSQL's timestamptz takes UTC only
        query = from is null ? query : query.Where(r => r.At >= from);
        query = to is null ? query : query.Where(r => r.At < to);
        query = after is null ? query : query.Where(r => r.Id < after);
        if (!string.IsNullOrWhiteSpace(filter.CaseNumber))
        {
            var ids = new List<Guid>();
            foreach (var module in subjects)
            {
                ids.AddRange(await module.OfCaseAsync(filter.CaseNumber.Trim(), cancellationToken));
            }

            query = query.Where(r => r.SubjectId != null && ids.Contains(r.SubjectId.Value));
        }

        var rows = await query.OrderByDescending(r => r.Id).Take(limit).ToListAsync(cancellationToken);
        return await DescribeAsync(rows, cancellationToken);
    }

    private async Task<IReadOnlyList<AuditEntry>> DescribeAsync(List<AuditRequest> rows, CancellationToken cancellationToken)
    {
        var subjectIds = rows.Where(r => r.SubjectId is not null).Select(r => r.SubjectId!.Value).Distinct().ToList();
        var names = new Dictionary<Guid, string>();
        if (subjectIds.Count > 0)
        {
            foreach (var module in subjects)
            {
                foreach (var (id, name) in await module.NamesAsync(subjectIds, cancellationToken))
                {
                    names.TryAdd(id, name);
                }
            }
        }

        var userIds = rows.Where(r => r.UserId is not null).Select(r => r.UserId!.Value).Distinct().ToList();
        var people = await db.Memberships.AsNoTracking().Where(m => userIds.Contains(m.UserId))
            .ToDictionaryAsync(m => m.UserId, m => m.DisplayName, cancellationToken);
        var unitIds = rows.Where(r => r.UnitId is not null).Select(r => r.UnitId!.Value).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        return [.. rows.Select(r => new AuditEntry(
            r.Id, r.At, r.UserId, r.UserId is { } user && people.TryGetValue(user, out var person) ? person : r.UserName,
            r.UnitId, r.UnitId is { } unit ? units.GetValueOrDefault(unit) : null,
            r.Action, r.Action is null ? $"{r.Method} {r.Path}" : actions.Words(r.Action), r.SubjectId, r.SubjectId is { } subject ? names.GetValueOrDefault(subject) : null,
            r.Method, r.Route, r.Path, r.Status, r.ClientAddress, r.DurationMs, r.CorrelationId))];
    }
}
