using Liandong.Bankruptcy.Cases.Domain.Requests;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Requests;

/// <summary>Court–administrator requests (请示/批复): the administrator asks, the judge replies, both read the thread.</summary>
internal static class RequestEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Requests");
        cases.MapGet("/{id:guid}/requests", List).RequirePermission(CasesPermissions.Requests)
            .Describe("ListCourtRequests", "The administrator's requests to the court", "管理人请示列表");
        cases.MapPost("/{id:guid}/requests", Submit).RequirePermission(CasesPermissions.SubmitRequests).WithIdempotency()
            .Describe("SubmitCourtRequest", "Submit a request to the court", "提交请示");
        cases.MapPut("/requests/{id:guid}/reply", Reply).RequirePermission(CasesPermissions.ReplyRequests).RequiresIfMatch()
            .Describe("ReplyToCourtRequest", "The court replies to a request", "法院批复");
    }

    private static async Task<Ok<List<RequestDto>>> List(Guid id, CasesDbContext db, CancellationToken cancellationToken)
    {
        await db.EnsureCaseAsync(id, cancellationToken);

        return TypedResults.Ok(await db.Requests.AsNoTracking().Where(r => r.CaseId == id).OrderBy(r => r.Number)
            .Select(r => new RequestDto(r.Id, r.Number, r.Kind, r.Subject, r.Text, r.RequestedOn, r.Status, r.Reply, r.RepliedOn, r.Version))
            .ToListAsync(cancellationToken));
    }

    private static async Task<Created<RequestDto>> Submit(
        Guid id, SubmitRequest request, CasesDbContext db, IAuditContext audit, HttpContext http, CancellationToken cancellationToken)
    {
        var made = await SubmitAsync(id, request, db, audit, cancellationToken);
        http.SetETag(made);
        return TypedResults.Created($"/api/cases/{id}/requests", RequestDto.From(made));
    }

    internal static async Task<CourtRequest> SubmitAsync(Guid id, SubmitRequest request, CasesDbContext db, IAuditContext audit, CancellationToken cancellationToken)
    {
        await db.EnsureCaseAsync(id, cancellationToken);

        var number = await db.Requests.Where(r => r.CaseId == id).MaxAsync(r => (int?)r.Number, cancellationToken) ?? 0;
        var made = new CourtRequest(id, number + 1, request.Kind!.Value, request.Subject!.Trim(), request.Text!.Trim(), request.RequestedOn!.Value, audit.UserId);
        db.Requests.Add(made);
        await db.SaveChangesAsync(cancellationToken);
        return made;
    }

    private static async Task<Ok<RequestDto>> Reply(
        Guid id, ReplyRequest request, CasesDbContext db, IAuditContext audit, HttpContext http, CancellationToken cancellationToken)
    {
        var found = await ReplyAsync(id, http.RequiredIfMatch(), request, db, audit, cancellationToken);
        http.SetETag(found);
        return TypedResults.Ok(RequestDto.From(found));
    }

    internal static async Task<CourtRequest> ReplyAsync(
        Guid id, uint expected, ReplyRequest request, CasesDbContext db, IAuditContext audit, CancellationToken cancellationToken)
    {
        var found = await db.Requests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw BusinessException.NotFound();
        db.ExpectVersion(found, expected);
        found.Answer(request.Approved!.Value, request.Reply!.Trim(), request.On!.Value, audit.UserId).OrRefuse();

        await db.SaveChangesAsync(cancellationToken);
        return found;
    }
}

internal sealed record RequestDto(
    Guid Id, int Number, RequestKind Kind, string Subject, string Text, DateOnly RequestedOn, RequestStatus Status, string? Reply, DateOnly? RepliedOn, uint Version)
{
    public static RequestDto From(CourtRequest r) => new(r.Id, r.Number, r.Kind, r.Subject, r.Text, r.RequestedOn, r.Status, r.Reply, r.RepliedOn, r.Version);
}

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
