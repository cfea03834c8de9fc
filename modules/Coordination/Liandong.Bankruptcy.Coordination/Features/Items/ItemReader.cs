using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Items;

/// <summary>Reads one item as the user may see it (404 otherwise): for its page, its GET and the answer of every write on it.</summary>
internal sealed class ItemReader(CoordinationDbContext db, IMemberDirectory members, TimeProvider clock)
{
    /// <summary>The item with its history, comments and attachments, read only.</summary>
    public async Task<CoordinationItem> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Items.AsNoTracking().AsSplitQuery().Include(i => i.History).Include(i => i.Comments).Include(i => i.Attachments)
            .SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
        ?? throw BusinessException.NotFound();

    public async Task<ItemDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var item = await FindAsync(id, cancellationToken);
        return ItemDto.From(item, clock.Today(), await ContextAsync(item, cancellationToken));
    }

    /// <summary>What the item's page and answer name beside the item: the debtor (from the case projection) and who took each step, with their unit.</summary>
    public async Task<ItemContext> ContextAsync(CoordinationItem item, CancellationToken cancellationToken)
    {
        var (debtorName, debtorUscc) = await db.DebtorOfAsync(item.CaseId, cancellationToken);
        var actors = await members.NamesAsync([.. item.History.Select(h => h.By).OfType<Guid>().Distinct()], cancellationToken);
        return new ItemContext(debtorName, debtorUscc, actors);
    }
}

/// <summary>The debtor of the item's case and the names of those who acted on it.</summary>
internal sealed record ItemContext(string? DebtorName, string? DebtorUscc, IReadOnlyDictionary<Guid, MemberName> Actors)
{
    public string? Actor(Guid? by) => by is { } id && Actors.TryGetValue(id, out var name) ? name.ToString() : null;
}
