using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Items;

/// <summary>Reads one item as the user may see it (404 otherwise): for its page, its GET and the answer of every write on it.</summary>
internal sealed class ItemReader(CoordinationDbContext db, TimeProvider clock)
{
    /// <summary>The item with its history, comments and attachments, read only.</summary>
    public async Task<CoordinationItem> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Items.AsNoTracking().AsSplitQuery().Include(i => i.History).Include(i => i.Comments).Include(i => i.Attachments)
            .SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
        ?? throw BusinessException.NotFound();

    public async Task<ItemDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        ItemDto.From(await FindAsync(id, cancellationToken), clock.Today());
}
