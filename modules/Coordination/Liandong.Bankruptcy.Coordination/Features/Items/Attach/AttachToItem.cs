using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Items.Attach;

/// <summary>Stores a file on an item of the user's unit (see <see cref="ItemFiles"/>); no version needed: files never conflict.</summary>
internal sealed class AttachToItem(CoordinationDbContext db, IAuditContext audit, ICurrentUnit unit, TimeProvider clock)
{
    /// <summary>Whether the item is there at all (another county's is not), before the body is read.</summary>
    public Task<bool> ExistsAsync(Guid id, CancellationToken cancellationToken) => db.Items.AnyAsync(i => i.Id == id, cancellationToken);

    public async Task<AttachmentDto> HandleAsync(Guid id, FileUpload file, CancellationToken cancellationToken)
    {
        var item = await db.Items.SingleOrDefaultAsync(i => i.Id == id, cancellationToken) ?? throw BusinessException.NotFound();
        if (unit.Unit?.Id != item.UnitId)
        {
            throw new BusinessException("coordination.not_your_unit", 403);
        }

        var attachment = await db.AttachAsync(item, file, audit.UserId, clock.GetUtcNow(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return AttachmentDto.From(attachment);
    }
}
