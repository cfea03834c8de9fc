using System.Text.Json;
using Liandong.Bankruptcy.Cases.Domain.Meetings;
using Liandong.Bankruptcy.Cases.Domain.Voting;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Meetings;

/// <summary>Creditors' meetings: convening, resolutions, ballots in person or remote, and the tally over the claims register.</summary>
internal static class MeetingEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Meetings");
        cases.MapGet("/{id:guid}/meetings", List).RequirePermission(CasesPermissions.Claims);
        cases.MapPost("/{id:guid}/meetings", Convene).RequirePermission(CasesPermissions.ManageClaims).WithIdempotency();
        cases.MapPost("/meetings/{id:guid}/resolutions", (Guid id, ResolutionRequest request, CasesDbContext db, HttpContext http, CancellationToken ct) =>
            ChangeAsync(id, http, db, (m, _) => { m.Propose(request.Kind!.Value, request.Title!.Trim()); return MeetingOutcome.Done; }, ct))
            .RequirePermission(CasesPermissions.ManageClaims);
        cases.MapPut("/meetings/{id:guid}/ballots", async (Guid id, BallotRequest request, CasesDbContext db, HttpContext http, CancellationToken ct) =>
            await ChangeAsync(id, http, db, (m, register) => register.Any(c => c.Id == request.ClaimId)
                ? m.Cast(request.Resolution!.Value, request.ClaimId!.Value, request.Ballot!.Value, request.Remote ?? false)
                : throw BusinessException.Rule("cases.ballot_without_claim"), ct))
            .RequirePermission(CasesPermissions.ManageClaims);
        cases.MapPost("/meetings/{id:guid}/tally", (Guid id, TallyRequest request, CasesDbContext db, HttpContext http, CancellationToken ct) =>
            ChangeAsync(id, http, db, (m, register) => m.Close(request.Resolution!.Value, register, request.On!.Value), ct))
            .RequirePermission(CasesPermissions.ManageClaims);
    }

    private static async Task<Ok<List<MeetingDto>>> List(Guid id, CasesDbContext db, CancellationToken cancellationToken)
    {
        await db.EnsureCaseAsync(id, cancellationToken);

        var meetings = await db.Meetings.AsNoTracking().AsSplitQuery().Include(m => m.Resolutions).Include(m => m.Ballots)
            .Where(m => m.CaseId == id).OrderBy(m => m.Number).ToListAsync(cancellationToken);
        return TypedResults.Ok(meetings.Select(MeetingDto.From).ToList());
    }

    private static async Task<Created<MeetingDto>> Convene(Guid id, ConveneRequest request, CasesDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        await db.EnsureCaseAsync(id, cancellationToken);

        var first = request.First ?? false;
        if (!CreditorsMeeting.NoticeSuffices(first, request.NoticeSentOn!.Value, request.HeldOn!.Value))
        {
            throw BusinessException.Rule("cases.meeting_notice_too_short", CreditorsMeeting.NoticeDays);
        }

        var number = await db.Meetings.Where(m => m.CaseId == id).MaxAsync(m => (int?)m.Number, cancellationToken) ?? 0;
        var meeting = new CreditorsMeeting(id, number + 1, first, request.NoticeSentOn.Value, request.HeldOn.Value);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        http.SetETag(meeting);
        return TypedResults.Created($"/api/cases/{id}/meetings", MeetingDto.From(meeting));
    }

    private static async Task<Ok<MeetingDto>> ChangeAsync(
        Guid id, HttpContext http, CasesDbContext db, Func<CreditorsMeeting, IReadOnlyList<Domain.Claims.Claim>, MeetingOutcome> change, CancellationToken cancellationToken)
    {
        var expected = http.RequiredIfMatch();
        var meeting = await db.Meetings.AsSplitQuery().Include(m => m.Resolutions).Include(m => m.Ballots).SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
                      ?? throw BusinessException.NotFound();
        db.ExpectVersion(meeting, expected);
        var register = await db.Claims.Where(c => c.CaseId == meeting.CaseId).ToListAsync(cancellationToken);
        switch (change(meeting, register))
        {
            case MeetingOutcome.NoSuchResolution:
                throw BusinessException.NotFound();
            case MeetingOutcome.Closed:
                throw BusinessException.Conflict("cases.resolution_closed");
        }

        await db.SaveChangesAsync(cancellationToken);
        http.SetETag(meeting);
        return TypedResults.Ok(MeetingDto.From(meeting));
    }
}

internal sealed record ResolutionDto(int Number, ResolutionKind Kind, string Title, bool? Adopted, DateOnly? ClosedOn, DateOnly? ResultNoticeDue, JsonElement? Arithmetic);

internal sealed record BallotDto(int Resolution, Guid ClaimId, Ballot Ballot, bool Remote);

internal sealed record MeetingDto(
    Guid Id, int Number, bool First, DateOnly NoticeSentOn, DateOnly HeldOn, IReadOnlyList<ResolutionDto> Resolutions, IReadOnlyList<BallotDto> Ballots, uint Version)
{
    public static MeetingDto From(CreditorsMeeting m) => new(m.Id, m.Number, m.First, m.NoticeSentOn, m.HeldOn,
        [.. m.Resolutions.OrderBy(r => r.Number).Select(r => new ResolutionDto(r.Number, r.Kind, r.Title, r.Adopted, r.ClosedOn, r.ResultNoticeDue,
            r.Arithmetic is { } json ? JsonDocument.Parse(json).RootElement.Clone() : null))],
        [.. m.Ballots.OrderBy(b => b.Resolution).Select(b => new BallotDto(b.Resolution, b.ClaimId, b.Ballot, b.Remote))], m.Version);
}

internal sealed record ConveneRequest(bool? First, DateOnly? NoticeSentOn, DateOnly? HeldOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (NoticeSentOn is null)
        {
            errors.Add("noticeSentOn", "validation.required");
        }

        if (HeldOn is null)
        {
            errors.Add("heldOn", "validation.required");
        }
    }
}

internal sealed record ResolutionRequest(ResolutionKind? Kind, string? Title) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.Defined("kind", Kind);
        errors.RequiredText("title", Title, 200);
    }
}

internal sealed record BallotRequest(int? Resolution, Guid? ClaimId, Ballot? Ballot, bool? Remote) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Resolution is null)
        {
            errors.Add("resolution", "validation.required");
        }

        if (ClaimId is null)
        {
            errors.Add("claimId", "validation.required");
        }

        errors.Defined("ballot", Ballot);
    }
}

internal sealed record TallyRequest(int? Resolution, DateOnly? On) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Resolution is null)
        {
            errors.Add("resolution", "validation.required");
        }

        if (On is null)
        {
            errors.Add("on", "validation.required");
        }
    }
}
