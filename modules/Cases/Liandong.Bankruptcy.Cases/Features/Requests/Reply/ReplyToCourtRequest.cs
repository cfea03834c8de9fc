using Liandong.Bankruptcy.Cases.Domain.Requests;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Requests.Reply;

internal sealed record ReplyRequest(bool? Approved, string? Reply, DateOnly? On) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Approved is null)
        {
            errors.Add("approved", "validation.required");
        }

        errors.RequiredText("reply", Reply, 4000);
        if (On is null)
        {
            errors.Add("on", "validation.required");
        }
    }
}

/// <summary>The court replies to a request (批复): approved or not, once.</summary>
internal sealed class ReplyToCourtRequest(CasesDbContext db, IAuditContext audit)
{
    public async Task HandleAsync(Guid id, uint expected, ReplyRequest request, CancellationToken cancellationToken)
    {
        var found = await db.Requests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw BusinessException.NotFound();
        db.ExpectVersion(found, expected);
        found.Answer(request.Approved!.Value, request.Reply!.Trim(), request.On!.Value, audit.UserId).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}
