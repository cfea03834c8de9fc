using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Cases.Features.Meetings.Revote;

internal sealed record RevoteRequest(int? Resolution) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Resolution is null)
        {
            errors.Add("resolution", "validation.required");
        }
    }
}

/// <summary>A reorganization plan's second vote by the classes that rejected it (art. 87), once.</summary>
internal sealed class RevoteResolution(CasesDbContext db)
{
    public async Task HandleAsync(Guid id, uint expected, RevoteRequest request, CancellationToken cancellationToken)
    {
        var meeting = await db.MeetingForChangeAsync(id, expected, cancellationToken);
        meeting.Revote(request.Resolution!.Value).OrRefuse();
        await db.SaveChangesAsync(cancellationToken);
    }
}
