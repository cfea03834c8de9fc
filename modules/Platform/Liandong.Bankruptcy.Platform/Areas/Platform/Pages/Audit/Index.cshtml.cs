using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Features.Audit;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Areas.Platform.Pages.Audit;

/// <summary>
/// The county's audit log in words: who (name and unit) did what (the action) on which case or object, and whether it
/// went through; filtered by user, unit, action, case number and dates, a page of 100 at a time, exported as a spreadsheet.
/// </summary>
[RequirePermission(PlatformPermissions.AuditView)]
internal sealed class IndexModel(AuditLog log, AuditActions actions, PlatformDbContext db) : PageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true, Name = "userId")]
    public Guid? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty(SupportsGet = true, Name = "action")]
    public string? Operation { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? CaseNumber { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? After { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Users { get; private set; } = [];

    public IReadOnlyList<(Guid Id, string Name)> Units { get; private set; } = [];

    public IReadOnlyList<(string Operation, string Words)> Actions { get; private set; } = [];

    /// <summary>The filters as a query string, for the export link and the next page.</summary>
    public string FilterQuery => string.Join("&", new (string Key, string? Value)[]
        {
            ("userId", UserId?.ToString()), ("unitId", UnitId?.ToString()), ("action", Operation), ("caseNumber", CaseNumber),
            ("from", From is { } f ? Start(f).ToString("O") : null), ("to", To is { } t ? Start(t.AddDays(1)).ToString("O") : null),
        }
        .Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));

    public string PageQuery => string.Join("&", new (string Key, string? Value)[]
        {
            ("userId", UserId?.ToString()), ("unitId", UnitId?.ToString()), ("action", Operation), ("caseNumber", CaseNumber),
            ("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        }
        .Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));

    public bool HasMore { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Users = [.. (await db.Memberships.AsNoTracking().OrderBy(m => m.DisplayName).Take(1000).Select(m => new { m.UserId, m.DisplayName }).ToListAsync(cancellationToken))
            .Select(m => (m.UserId, m.DisplayName))];
        Units = [.. (await db.Units.AsNoTracking().OrderBy(u => u.Name).Take(1000).Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken))
            .Select(u => (u.Id, u.Name))];
        Actions = [.. actions.ChangingOperations.Select(o => (o, actions.Words(o))).OrderBy(a => a.Item2, StringComparer.Ordinal)];
        var filter = new AuditFilter(UserId, UnitId, Trimmed(Operation, AuditFilter.MaxActionLength), Trimmed(CaseNumber, AuditFilter.MaxCaseNumberLength),
            From is { } from ? Start(from) : null, To is { } to ? Start(to.AddDays(1)) : null);
        var rows = await log.ReadAsync(filter, After, PageSize + 1, cancellationToken);
        HasMore = rows.Count > PageSize;
        Entries = [.. rows.Take(PageSize)];
    }

    private static string? Trimmed(string? text, int max) => string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, max)];

    private static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), BusinessClock.ChinaOffset);
}
