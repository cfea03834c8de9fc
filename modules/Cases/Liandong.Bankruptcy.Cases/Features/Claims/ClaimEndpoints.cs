using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Domain.Claims;
using Liandong.Bankruptcy.Cases.Domain.Publications;
using Liandong.Bankruptcy.Cases.Features.Register;
using Liandong.Bankruptcy.Cases.Domain.Voting;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Claims;

/// <summary>
/// The claims register of a case: declarations through the administrator, the review, the creditor's objection and
/// its outcome, the court's confirmation; the register with its totals per priority class and per voting class.
/// </summary>
internal static class ClaimEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Claims");
        cases.MapGet("/{id:guid}/claims", Register).RequirePermission(CasesPermissions.Claims)
            .Describe("GetClaimsRegister", "The case's claims register with its totals", "债权表及合计");
        cases.MapPost("/{id:guid}/claims", Declare).RequirePermission(CasesPermissions.ManageClaims).WithIdempotency()
            .Describe("DeclareClaim", "Declare a claim", "申报债权");
        cases.MapPut("/claims/{id:guid}/review", (Guid id, ReviewRequest request, CasesDbContext db, HttpContext http, CancellationToken ct) =>
            Reply(http, ReviewAsync(id, http.RequiredIfMatch(), request, db, ct))).RequirePermission(CasesPermissions.ManageClaims).RequiresIfMatch()
            .Describe("ReviewClaim", "The administrator's review of a claim", "管理人审查债权");
        cases.MapPost("/claims/{id:guid}/objection", (Guid id, ObjectionRequest request, CasesDbContext db, IHolidayCalendar calendar, HttpContext http, CancellationToken ct) =>
            Reply(http, ObjectAsync(id, http.RequiredIfMatch(), request, db, calendar, ct))).RequirePermission(CasesPermissions.ManageClaims).RequiresIfMatch()
            .Describe("RaiseClaimObjection", "Record a creditor's objection to a claim", "记录债权异议");
        cases.MapPut("/claims/{id:guid}/objection", (Guid id, ObjectionOutcomeRequest request, CasesDbContext db, HttpContext http, CancellationToken ct) =>
            Reply(http, SettleAsync(id, http.RequiredIfMatch(), request, db, ct))).RequirePermission(CasesPermissions.ManageClaims).RequiresIfMatch()
            .Describe("SettleClaimObjection", "Record the outcome of an objection", "记录异议处理结果");
        cases.MapPut("/claims/{id:guid}/voting-amount", (Guid id, VotingAmountRequest request, CasesDbContext db, HttpContext http, CancellationToken ct) =>
            Reply(http, SetVotingAmountAsync(id, http.RequiredIfMatch(), request, db, ct))).RequirePermission(CasesPermissions.ConfirmClaims).RequiresIfMatch()
            .Describe("SetClaimVotingAmount", "The court sets a disputed claim's voting amount", "法院临时确定表决额");
        cases.MapPut("/claims/{id:guid}/confirmation", (Guid id, ConfirmationRequest request, CasesDbContext db, HttpContext http, CancellationToken ct) =>
            Reply(http, ConfirmAsync(id, http.RequiredIfMatch(), request, db, ct))).RequirePermission(CasesPermissions.ConfirmClaims).RequiresIfMatch()
            .Describe("ConfirmClaim", "The court confirms a claim", "法院裁定确认债权");
    }

    internal static Task<Claim> ReviewAsync(Guid id, uint expected, ReviewRequest request, CasesDbContext db, CancellationToken cancellationToken) =>
        ChangeAsync(id, expected, db, c => c.ReviewAs(request.Status!.Value, request.ConfirmedAmount, request.Reason?.Trim(), request.On!.Value), cancellationToken);

    internal static async Task<Claim> ObjectAsync(
        Guid id, uint expected, ObjectionRequest request, CasesDbContext db, IHolidayCalendar calendar, CancellationToken cancellationToken)
    {
        var working = await calendar.GetAsync(cancellationToken);
        return await ChangeAsync(id, expected, db, c => c.RaiseObjection(request.Reason!.Trim(), request.RaisedOn!.Value, request.MeetingReviewedOn!.Value, working), cancellationToken);
    }

    internal static Task<Claim> SettleAsync(Guid id, uint expected, ObjectionOutcomeRequest request, CasesDbContext db, CancellationToken cancellationToken) =>
        ChangeAsync(id, expected, db, c => c.SettleObjection(request.Outcome!.Value, request.JudgedAmount), cancellationToken);

    internal static Task<Claim> SetVotingAmountAsync(Guid id, uint expected, VotingAmountRequest request, CasesDbContext db, CancellationToken cancellationToken) =>
        ChangeAsync(id, expected, db, c => { c.SetVotingAmount(request.Amount!.Value); return ClaimOutcome.Done; }, cancellationToken);

    /// <summary>The court confirms the line (art. 58); the first confirmation on a date becomes a claims notice to publish.</summary>
    internal static async Task<Claim> ConfirmAsync(Guid id, uint expected, ConfirmationRequest request, CasesDbContext db, CancellationToken cancellationToken)
    {
        var on = request.On!.Value;
        var claim = await ChangeAsync(id, expected, db, c => c.ConfirmByCourt(on), cancellationToken, save: false);
        if (!await db.Publications.AnyAsync(p => p.CaseId == claim.CaseId && p.Kind == PublicationKind.ClaimsNotice && p.StartsOn == on, cancellationToken))
        {
            db.Publications.Add(PublicationDuty.ClaimsNotice(await CaseEndpoints.FindAsync(claim.CaseId, db, cancellationToken), on));
        }

        await db.SaveChangesAsync(cancellationToken);
        return claim;
    }

    /// <summary>The line, tracked; 404 when the county (or the firm) has no such line.</summary>
    internal static async Task<Claim> FindAsync(Guid id, CasesDbContext db, CancellationToken cancellationToken) =>
        await db.Claims.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw BusinessException.NotFound();

    /// <summary>The case's register in line order, with its totals; 404 when the county (or the firm) has no such case.</summary>
    internal static async Task<Ok<RegisterDto>> Register(Guid id, CasesDbContext db, CancellationToken cancellationToken)
    {
        await db.EnsureCaseAsync(id, cancellationToken);

        var lines = await db.Claims.AsNoTracking().Where(c => c.CaseId == id).OrderBy(c => c.Number).ToListAsync(cancellationToken);
        return TypedResults.Ok(new RegisterDto(
            [.. lines.Select(ClaimDto.From)],
            [.. lines.GroupBy(c => c.Priority).OrderBy(g => g.Key).Select(g => new TotalDto(g.Key.ToString(), g.Sum(c => c.Declared), g.Sum(c => c.Counted), g.Count()))],
            [.. lines.GroupBy(c => c.VotingClass).OrderBy(g => g.Key).Select(g => new TotalDto(g.Key.ToString(), g.Sum(c => c.Declared), g.Sum(c => c.Counted), g.Count()))]));
    }

    private static async Task<Created<ClaimDto>> Declare(
        Guid id, DeclareClaimRequest request, CasesDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var claim = await DeclareAsync(id, request.ToDeclaration(), null, db, cancellationToken);

        http.SetETag(claim);
        return TypedResults.Created($"/api/cases/{id}/claims", ClaimDto.From(claim));
    }

    /// <summary>
    /// Adds a line to the case's register, or (for a reported source already there) updates it; late when declared
    /// after the claim deadline (art. 56). 404 for another county's case; 409 when the case was never accepted.
    /// </summary>
    internal static async Task<Claim> DeclareAsync(Guid caseId, ClaimDeclaration declaration, ClaimSource? source, CasesDbContext db, CancellationToken cancellationToken)
    {
        var found = await db.Cases.AsNoTracking().Include(c => c.Deadlines).SingleOrDefaultAsync(c => c.Id == caseId, cancellationToken)
                    ?? throw BusinessException.NotFound();
        if (found.AcceptedOn is null)
        {
            throw BusinessException.Conflict("cases.not_in_procedure", found.State);
        }

        var deadline = found.Deadlines.SingleOrDefault(d => d.Kind == DeadlineKind.ClaimDeadline)?.Due;
        var late = declaration.DeclaredOn > deadline;
        if (source is not null &&
            await db.Claims.SingleOrDefaultAsync(c => c.CaseId == caseId && c.SourceModule == source.Module && c.SourceId == source.Id, cancellationToken) is { } existing)
        {
            existing.Declare(declaration, late);
            await db.SaveChangesAsync(cancellationToken);
            return existing;
        }

        var number = await db.Claims.Where(c => c.CaseId == caseId).MaxAsync(c => (int?)c.Number, cancellationToken) ?? 0;
        var claim = new Claim(caseId, number + 1, declaration, late, source);
        db.Claims.Add(claim);
        await db.SaveChangesAsync(cancellationToken);
        return claim;
    }

    private static async Task<Ok<ClaimDto>> Reply(HttpContext http, Task<Claim> change)
    {
        var claim = await change;
        http.SetETag(claim);
        return TypedResults.Ok(ClaimDto.From(claim));
    }

    private static async Task<Claim> ChangeAsync(Guid id, uint expected, CasesDbContext db, Func<Claim, ClaimOutcome> change, CancellationToken cancellationToken, bool save = true)
    {
        var claim = await FindAsync(id, db, cancellationToken);
        db.ExpectVersion(claim, expected);
        change(claim).OrRefuse();

        if (save)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return claim;
    }
}

internal sealed record ClaimDto(
    Guid Id, int Number, string Creditor, ClaimKind Kind, PriorityClass Priority, VotingClass VotingClass, decimal Principal, decimal Interest, decimal Other,
    decimal Declared, string? Collateral, int? Rank, DateOnly DeclaredOn, bool Late, string? SourceModule, ReviewStatus Review, decimal? ConfirmedAmount,
    string? ReviewReason, ObjectionOutcome Objection, DateOnly? SuitDeadline, DateOnly? CourtConfirmedOn, bool WaivedPriority, bool SocialInsurance,
    decimal? CourtSetAmount, uint Version)
{
    public static ClaimDto From(Claim c) => new(c.Id, c.Number, c.Creditor, c.Kind, c.Priority, c.VotingClass, c.Principal, c.Interest, c.Other,
        c.Declared, c.Collateral, c.Rank, c.DeclaredOn, c.Late, c.SourceModule, c.Review, c.ConfirmedAmount, c.ReviewReason, c.Objection,
        c.SuitDeadline, c.CourtConfirmedOn, c.WaivedPriority, c.SocialInsurance, c.CourtSetAmount, c.Version);
}

/// <summary>A total of the register: declared, and counted (confirmed so far), with the number of lines.</summary>
internal sealed record TotalDto(string Class, decimal Declared, decimal Counted, int Lines);

internal sealed record RegisterDto(IReadOnlyList<ClaimDto> Items, IReadOnlyList<TotalDto> ByPriority, IReadOnlyList<TotalDto> ByVotingClass);

internal sealed record DeclareClaimRequest(
    string? Creditor, ClaimKind? Kind, PriorityClass? Priority, VotingClass? VotingClass, decimal? Principal, decimal? Interest, decimal? Other,
    string? Collateral, int? Rank, DateOnly? DeclaredOn, bool? WaivedPriority = null, bool? SocialInsurance = null) : IValidatable
{
    public ClaimDeclaration ToDeclaration() => new(Creditor!.Trim(), Kind!.Value, Priority!.Value, VotingClass ?? Domain.Voting.VotingClass.Ordinary,
        Principal!.Value, Interest ?? 0, Other ?? 0, string.IsNullOrWhiteSpace(Collateral) ? null : Collateral.Trim(), Rank, DeclaredOn!.Value,
        WaivedPriority == true, SocialInsurance == true);

    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("creditor", Creditor, 200);
        errors.Defined("kind", Kind);
        errors.Defined("priority", Priority);
        if (VotingClass is { } votingClass && !Enum.IsDefined(votingClass))
        {
            errors.Add("votingClass", "validation.invalid_value");
        }

        foreach (var (field, amount) in new[] { ("principal", Principal), ("interest", Interest), ("other", Other) })
        {
            if (amount is < 0 or > 1_000_000_000_000m || (field == "principal" && amount is null))
            {
                errors.Add(field, "validation.amount");
            }
        }

        errors.OptionalText("collateral", Collateral, 200);
        if (Kind == ClaimKind.Secured && string.IsNullOrWhiteSpace(Collateral))
        {
            errors.Add("collateral", "validation.required");
        }

        if (DeclaredOn is null)
        {
            errors.Add("declaredOn", "validation.required");
        }
    }
}

internal sealed record ReviewRequest(ReviewStatus? Status, decimal? ConfirmedAmount, string? Reason, DateOnly? On) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.Defined("status", Status);
        errors.OptionalText("reason", Reason, 500);
        if (On is null)
        {
            errors.Add("on", "validation.required");
        }
    }
}

internal sealed record ObjectionRequest(string? Reason, DateOnly? RaisedOn, DateOnly? MeetingReviewedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("reason", Reason, 500);
        if (RaisedOn is null)
        {
            errors.Add("raisedOn", "validation.required");
        }

        if (MeetingReviewedOn is null)
        {
            errors.Add("meetingReviewedOn", "validation.required");
        }
    }
}

internal sealed record ObjectionOutcomeRequest(ObjectionOutcome? Outcome, decimal? JudgedAmount) : IValidatable
{
    public void Validate(ValidationErrors errors) => errors.Defined("outcome", Outcome);
}

/// <summary>The amount the court sets for a disputed claim to vote with (art. 59(2)).</summary>
internal sealed record VotingAmountRequest(decimal? Amount) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Amount is not (>= 0))
        {
            errors.Add("amount", "validation.amount");
        }
    }
}

internal sealed record ConfirmationRequest(DateOnly? On) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (On is null)
        {
            errors.Add("on", "validation.required");
        }
    }
}
