using Liandong.Bankruptcy.Cases.Domain.Claims;
using Liandong.Bankruptcy.Cases.Domain.Meetings;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Meetings;

/// <summary>Reads one meeting as the user may see it (404 otherwise): for its page and the answer of every write on it.</summary>
internal sealed class MeetingReader(CasesDbContext db)
{
    /// <summary>The meeting with its resolutions and ballots, read only.</summary>
    public async Task<CreditorsMeeting> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.MeetingAsync(id, tracked: false, cancellationToken);

    public async Task<MeetingDto> GetAsync(Guid id, CancellationToken cancellationToken) => MeetingDto.From(await FindAsync(id, cancellationToken));
}

internal static class MeetingChanges
{
    /// <summary>The meeting with its resolutions and ballots, tracked, at the version the user saw (404, 412).</summary>
    public static async Task<CreditorsMeeting> MeetingForChangeAsync(this CasesDbContext db, Guid id, uint expected, CancellationToken cancellationToken)
    {
        var meeting = await db.MeetingAsync(id, tracked: true, cancellationToken);
        db.ExpectVersion(meeting, expected);
        return meeting;
    }

    /// <summary>The meeting with its resolutions and ballots; 404 when the county (or the firm) has no such meeting.</summary>
    public static async Task<CreditorsMeeting> MeetingAsync(this CasesDbContext db, Guid id, bool tracked, CancellationToken cancellationToken)
    {
        var meetings = tracked ? db.Meetings : db.Meetings.AsNoTracking();
        return await meetings.AsSplitQuery().Include(m => m.Resolutions).Include(m => m.Ballots).SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
               ?? throw BusinessException.NotFound();
    }

    /// <summary>The case's claims register, which ballots and tallies read.</summary>
    public static async Task<IReadOnlyList<Claim>> RegisterOfAsync(this CasesDbContext db, Guid caseId, CancellationToken cancellationToken) =>
        await db.Claims.Where(c => c.CaseId == caseId).ToListAsync(cancellationToken);
}
