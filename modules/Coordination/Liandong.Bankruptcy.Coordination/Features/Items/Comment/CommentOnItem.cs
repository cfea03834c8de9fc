using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Items.Comment;

/// <summary><c>{text}</c>: a comment on an item's thread.</summary>
internal sealed record CommentRequest(string? Text) : IValidatable
{
    public void Validate(ValidationErrors errors) => errors.RequiredText("text", Text, 2000);
}

/// <summary>Adds a comment to a visible item; no version needed: comments never conflict.</summary>
internal sealed class CommentOnItem(CoordinationDbContext db, IAuditContext audit, IMemberDirectory members, TimeProvider clock)
{
    public async Task<CommentDto> HandleAsync(Guid id, CommentRequest request, CancellationToken cancellationToken)
    {
        var item = await db.Items.SingleOrDefaultAsync(i => i.Id == id, cancellationToken) ?? throw BusinessException.NotFound();
        var name = audit.UserId is { } me ? await members.DisplayNameAsync(me, cancellationToken) : null;
        var comment = item.AddComment(request.Text!.Trim(), audit.UserId, name, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return CommentDto.From(comment);
    }
}
