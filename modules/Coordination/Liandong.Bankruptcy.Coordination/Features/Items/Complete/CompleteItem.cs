using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Time;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Items.Complete;

/// <summary><c>{result}</c>: what the unit did (办理结果).</summary>
internal sealed record CompleteRequest(string? Result) : IValidatable
{
    public void Validate(ValidationErrors errors) => errors.RequiredText("result", Result, 2000);
}

/// <summary>
/// The unit completes an item with its result (and, from the page, a file beside it), in one transaction;
/// <see cref="CoordinationItemCompleted"/> leaves through the outbox with it.
/// </summary>
internal sealed class CompleteItem(
    IDbContextOutbox<CoordinationDbContext> outbox, ICurrentUnit unit, IHolidayCalendar calendars, IAuditContext audit, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, uint expected, CompleteRequest request, FileUpload? file, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var item = await db.ForUnitWorkAsync(id, expected, unit, cancellationToken);
        var (by, at) = (audit.UserId, clock.GetUtcNow());
        if (file is not null)
        {
            await db.AttachAsync(item, file, by, at, cancellationToken);
        }

        item.Complete(request.Result!.Trim(), clock.Today(), await calendars.GetAsync(cancellationToken), by, at).OrRefuse(item.Status);
        await outbox.PublishAsync(new CoordinationItemCompleted(item.Id, item.CaseId, item.Kind, item.UnitId, item.CompletedOn!.Value));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}
