using Liandong.Bankruptcy.Cases.Domain.Requests;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Requests.Submit;

internal sealed record SubmitRequest(RequestKind? Kind, string? Subject, string? Text, DateOnly? RequestedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.Defined("kind", Kind);
        errors.RequiredText("subject", Subject, 200);
        errors.RequiredText("text", Text, 4000);
        if (RequestedOn is null)
        {
            errors.Add("requestedOn", "validation.required");
        }
    }
}

/// <summary>The administrator submits a request to the court (请示), numbered per case.</summary>
internal sealed class SubmitCourtRequest(CasesDbContext db, IAuditContext audit)
{
    public async Task<Guid> HandleAsync(Guid caseId, SubmitRequest request, CancellationToken cancellationToken)
    {
        await db.EnsureCaseAsync(caseId, cancellationToken);
        var made = await db.SaveNumberedAsync(async () =>
        {
            var number = await db.Requests.Where(r => r.CaseId == caseId).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
            return db.Requests.Add(new CourtRequest(
                caseId, number + 1, request.Kind!.Value, request.Subject!.Trim(), request.Text!.Trim(), request.RequestedOn!.Value, audit.UserId)).Entity;
        }, cancellationToken);
        return made.Id;
    }
}
