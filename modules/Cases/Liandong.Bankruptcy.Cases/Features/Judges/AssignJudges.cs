using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform.Http;

namespace Liandong.Bankruptcy.Cases.Features.Judges;

/// <summary>The presiding judge and the other panel members, as members of the county's court.</summary>
internal sealed record AssignJudgesRequest(Guid? PresidingJudgeId, [property: MaxItems(AssignJudgesRequest.MaxPanel)] IReadOnlyList<Guid>? PanelIds) : IValidatable
{
    public const int MaxPanel = 6;

    public void Validate(ValidationErrors errors)
    {
        if (PresidingJudgeId is null)
        {
            errors.Add("presidingJudgeId", "validation.required");
        }

        if (PanelIds is { Count: > MaxPanel })
        {
            errors.Add("panelIds", "validation.range", 0, MaxPanel);
        }
    }
}

/// <summary>
/// Names (or changes) the case's presiding judge and panel: the court reassigning a case, or the county administrator
/// giving a judge to a case registered before judges were members (its recorded name matched no member of the court).
/// </summary>
internal sealed class AssignJudges(CasesDbContext db, CourtJudges judges)
{
    public async Task HandleAsync(Guid id, uint expected, AssignJudgesRequest request, CancellationToken cancellationToken)
    {
        var found = await db.ForChangeAsync(id, expected, cancellationToken);
        var (presiding, panel) = await judges.ResolveAsync(request.PresidingJudgeId, request.PanelIds ?? [], defaultToMe: false, cancellationToken);
        found.AssignJudges(presiding, panel);
        await db.SaveChangesAsync(cancellationToken);
    }
}
