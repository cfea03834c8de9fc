using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Liandong.Bankruptcy.Platform.Persistence;

/// <summary>
/// Records numbered within their parent (a case's claim lines, meetings, requests, a committee's decisions): two
/// independent creates at the same moment both read the same highest number, and the unique index refuses the second
/// (or, when the parent is an aggregate the create touches, its version check does). Neither conflicts with the other,
/// so the loser reads again, takes the next number and saves again instead of answering 409.
/// </summary>
public static class Numbering
{
    /// <summary>
    /// Each refusal means another create took that number, so a writer among n at once is refused at most n − 1 times:
    /// up to this many concurrent creates on one parent all succeed.
    /// </summary>
    private const int Attempts = 32;

    /// <summary>
    /// Runs <paramref name="add"/> (reads what it needs, the highest number among them, adds the record and whatever
    /// goes with it) and saves; on a unique violation or a parent changed meanwhile, forgets everything it read and
    /// added and runs it again (see <see cref="Attempts"/>). Never for a change made at a version the client saw: that
    /// one's conflict is the client's to know (412).
    /// </summary>
    public static async Task<T> SaveNumberedAsync<T>(this DbContext db, Func<Task<T>> add, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(add);
        for (var attempt = 1; ; attempt++)
        {
            var made = await add();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return made;
            }
            catch (DbUpdateException e) when (attempt < Attempts && db is not ModuleDbContext { ExpectsVersion: true }
                                              && e is DbUpdateConcurrencyException or { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } })
            {
                db.ChangeTracker.Clear();
            }
        }
    }
}
