using System.Text.Json;
using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Domain.Meetings;
using Liandong.Bankruptcy.Cases.Domain.Publications;
using Liandong.Bankruptcy.Cases.Domain.Voting;
using Liandong.Bankruptcy.Cases.Features.Advance;
using Liandong.Bankruptcy.Cases.Features.Register;
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
        cases.MapGet("/{id:guid}/meetings", List).RequirePermission(CasesPermissions.Claims)
            .Describe("ListCreditorsMeetings", "The case's creditors' meetings", "债权人会议列表");
        cases.MapPost("/{id:guid}/meetings", async (Guid id, ConveneRequest request, CasesDbContext db, HttpContext http, CancellationToken ct) =>
        {
            var meeting = await ConveneAsync(id, request, db, ct);
            http.SetETag(meeting);
            return TypedResults.Created($"/api/cases/{id}/meetings", MeetingDto.From(meeting));
        }).RequirePermission(CasesPermissions.Meetings).WithIdempotency()
            .Describe("ConveneCreditorsMeeting", "Convene a creditors' meeting", "召集债权人会议");
        cases.MapPost("/meetings/{id:guid}/resolutions", (Guid id, ResolutionRequest request, CasesDbContext db, HttpContext http, CancellationToken ct) =>
            Reply(http, ProposeAsync(id, http.RequiredIfMatch(), request, db, ct))).RequirePermission(CasesPermissions.Meetings).RequiresIfMatch()
            .Describe("ProposeResolution", "Put a resolution to a meeting", "提交会议表决事项");
        cases.MapPut("/meetings/{id:guid}/ballots", (Guid id, BallotRequest request, CasesDbContext db, HttpContext http, CancellationToken ct) =>
            Reply(http, CastAsync(id, http.RequiredIfMatch(), request, db, ct))).RequirePermission(CasesPermissions.Meetings).RequiresIfMatch()
            .Describe("CastBallot", "Record a creditor's ballot", "记录债权人表决票");
        cases.MapPost("/meetings/{id:guid}/tally", (Guid id, TallyRequest request, CasesDbContext db, HttpContext http, CancellationToken ct) =>
            Reply(http, TallyAsync(id, http.RequiredIfMatch(), request, db, ct))).RequirePermission(CasesPermissions.Meetings).RequiresIfMatch()
            .Describe("TallyResolution", "Tally a resolution's votes", "计票");
        cases.MapPost("/meetings/{id:guid}/revote", (Guid id, RevoteRequest request, CasesDbContext db, HttpContext http, CancellationToken ct) =>
            Reply(http, RevoteAsync(id, http.RequiredIfMatch(), request, db, ct))).RequirePermission(CasesPermissions.Meetings).RequiresIfMatch()
            .Describe("RevoteResolution", "A second vote by the classes that rejected the plan", "未通过表决组再次表决");
        cases.MapPut("/meetings/{id:guid}/minutes", (Guid id, MinutesRequest request, CasesDbContext db, HttpContext http, CancellationToken ct) =>
            Reply(http, MinutesAsync(id, http.RequiredIfMatch(), request, db, ct))).RequirePermission(CasesPermissions.Meetings).RequiresIfMatch()
            .Describe("RecordMinutes", "Record the meeting's minutes", "记录会议记录");
        cases.MapPut("/meetings/{id:guid}/ruling", (Guid id, MeetingRulingRequest request, CasesDbContext db, HttpContext http, CancellationToken ct) =>
            Reply(http, RuleAsync(id, http.RequiredIfMatch(), request, db, ct))).RequirePermission(CasesPermissions.Advance).RequiresIfMatch()
            .Describe("RuleOnResolution", "The court rules on what the meeting did not adopt", "法院裁定（未通过事项）");
    }

    private static async Task<Ok<List<MeetingDto>>> List(Guid id, CasesDbContext db, CancellationToken cancellationToken)
    {
        await db.EnsureCaseAsync(id, cancellationToken);

        var meetings = await db.Meetings.AsNoTracking().AsSplitQuery().Include(m => m.Resolutions).Include(m => m.Ballots)
            .Where(m => m.CaseId == id).OrderBy(m => m.Number).ToListAsync(cancellationToken);
        return TypedResults.Ok(meetings.Select(MeetingDto.From).ToList());
    }

    /// <summary>Convenes the case's next meeting; after the first, its notice becomes a publication duty (art. 63).</summary>
    internal static async Task<CreditorsMeeting> ConveneAsync(Guid caseId, ConveneRequest request, CasesDbContext db, CancellationToken cancellationToken)
    {
        var found = await CaseEndpoints.FindAsync(caseId, db, cancellationToken);
        var first = request.First ?? false;
        if (!CreditorsMeeting.NoticeSuffices(first, request.NoticeSentOn!.Value, request.HeldOn!.Value))
        {
            throw BusinessException.Rule("cases.meeting_notice_too_short", CreditorsMeeting.NoticeDays);
        }

        var number = await db.Meetings.Where(m => m.CaseId == caseId).MaxAsync(m => (int?)m.Number, cancellationToken) ?? 0;
        var meeting = new CreditorsMeeting(caseId, number + 1, first, request.NoticeSentOn.Value, request.HeldOn.Value);
        db.Meetings.Add(meeting);
        if (!first)
        {
            db.Publications.Add(PublicationDuty.MeetingNotice(found, meeting));
        }

        await db.SaveChangesAsync(cancellationToken);
        return meeting;
    }

    internal static Task<CreditorsMeeting> ProposeAsync(Guid id, uint expected, ResolutionRequest request, CasesDbContext db, CancellationToken cancellationToken) =>
        ChangeAsync(id, expected, db, (m, _) => { m.Propose(request.Kind!.Value, request.Title!.Trim()); return MeetingOutcome.Done; }, cancellationToken);

    internal static Task<CreditorsMeeting> CastAsync(Guid id, uint expected, BallotRequest request, CasesDbContext db, CancellationToken cancellationToken) =>
        ChangeAsync(id, expected, db, (m, register) => register.Any(c => c.Id == request.ClaimId)
            ? m.Cast(request.Resolution!.Value, request.ClaimId!.Value, request.Ballot!.Value, request.Remote ?? false)
            : throw BusinessException.Rule("cases.ballot_without_claim"), cancellationToken);

    /// <summary>Tallies a resolution; when anyone voted remotely, telling them the result becomes a duty due in 3 days.</summary>
    internal static async Task<CreditorsMeeting> TallyAsync(Guid id, uint expected, TallyRequest request, CasesDbContext db, CancellationToken cancellationToken)
    {
        var meeting = await ChangeAsync(id, expected, db, (m, register) => m.Close(request.Resolution!.Value, register, request.On!.Value), cancellationToken, save: false);
        var closed = meeting.Resolutions.Single(r => r.Number == request.Resolution);
        if (closed.ResultNoticeDue is not null)
        {
            db.Publications.Add(PublicationDuty.MeetingResult(await CaseEndpoints.FindAsync(meeting.CaseId, db, cancellationToken), meeting, closed));
        }

        await db.SaveChangesAsync(cancellationToken);
        return meeting;
    }

    internal static Task<CreditorsMeeting> RevoteAsync(Guid id, uint expected, RevoteRequest request, CasesDbContext db, CancellationToken cancellationToken) =>
        ChangeAsync(id, expected, db, (m, _) => m.Revote(request.Resolution!.Value), cancellationToken);

    internal static Task<CreditorsMeeting> MinutesAsync(Guid id, uint expected, MinutesRequest request, CasesDbContext db, CancellationToken cancellationToken) =>
        ChangeAsync(id, expected, db, (m, _) => { m.RecordMinutes(request.Minutes!.Trim()); return MeetingOutcome.Done; }, cancellationToken);

    internal static Task<CreditorsMeeting> RuleAsync(Guid id, uint expected, MeetingRulingRequest request, CasesDbContext db, CancellationToken cancellationToken) =>
        ChangeAsync(id, expected, db, (m, _) => m.RuleOn(request.Resolution!.Value,
            new Ruling(request.Ruling!.Number!.Trim(), request.Ruling.Date!.Value, request.Ruling.Kind!.Trim())), cancellationToken);

    /// <summary>The meeting with its resolutions and ballots, tracked; 404 when the county (or the firm) has no such meeting.</summary>
    internal static async Task<CreditorsMeeting> FindAsync(Guid id, CasesDbContext db, CancellationToken cancellationToken) =>
        await db.Meetings.AsSplitQuery().Include(m => m.Resolutions).Include(m => m.Ballots).SingleOrDefaultAsync(m => m.Id == id, cancellationToken)
        ?? throw BusinessException.NotFound();

    private static async Task<Ok<MeetingDto>> Reply(HttpContext http, Task<CreditorsMeeting> change)
    {
        var meeting = await change;
        http.SetETag(meeting);
        return TypedResults.Ok(MeetingDto.From(meeting));
    }

    private static async Task<CreditorsMeeting> ChangeAsync(
        Guid id, uint expected, CasesDbContext db, Func<CreditorsMeeting, IReadOnlyList<Domain.Claims.Claim>, MeetingOutcome> change,
        CancellationToken cancellationToken, bool save = true)
    {
        var meeting = await FindAsync(id, db, cancellationToken);
        db.ExpectVersion(meeting, expected);
        var register = await db.Claims.Where(c => c.CaseId == meeting.CaseId).ToListAsync(cancellationToken);
        change(meeting, register).OrRefuse();

        if (save)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return meeting;
    }
}

internal sealed record ResolutionDto(
    int Number, ResolutionKind Kind, string Title, int? RevoteOf, bool? Adopted, DateOnly? ClosedOn, DateOnly? ResultNoticeDue, JsonElement? Arithmetic, Ruling? Ruling);

internal sealed record BallotDto(int Resolution, Guid ClaimId, Ballot Ballot, bool Remote);

internal sealed record MeetingDto(
    Guid Id, int Number, bool First, DateOnly NoticeSentOn, DateOnly HeldOn, IReadOnlyList<ResolutionDto> Resolutions, IReadOnlyList<BallotDto> Ballots,
    string? Minutes, uint Version)
{
    public static MeetingDto From(CreditorsMeeting m) => new(m.Id, m.Number, m.First, m.NoticeSentOn, m.HeldOn,
        [.. m.Resolutions.OrderBy(r => r.Number).Select(r => new ResolutionDto(r.Number, r.Kind, r.Title, r.RevoteOf, r.Adopted, r.ClosedOn, r.ResultNoticeDue,
            r.Arithmetic is { } json ? JsonDocument.Parse(json).RootElement.Clone() : null, r.Ruling))],
        [.. m.Ballots.OrderBy(b => b.Resolution).Select(b => new BallotDto(b.Resolution, b.ClaimId, b.Ballot, b.Remote))], m.Minutes, m.Version);
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

internal sealed record MinutesRequest(string? Minutes) : IValidatable
{
    public void Validate(ValidationErrors errors) => errors.RequiredText("minutes", Minutes, 20000);
}

/// <summary>The court's ruling on a resolution the meeting did not adopt (arts. 65, 87(2)).</summary>
internal sealed record MeetingRulingRequest(int? Resolution, RulingRequest? Ruling) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Resolution is null)
        {
            errors.Add("resolution", "validation.required");
        }

        RulingRequest.Validate(errors, "ruling", Ruling);
    }
}
