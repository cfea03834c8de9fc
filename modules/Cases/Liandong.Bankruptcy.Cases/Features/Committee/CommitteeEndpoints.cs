using Liandong.Bankruptcy.Cases.Domain.Committee;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Committee;

/// <summary>The creditors' committee of a case: its members and its decisions. A case without one answers version 0.</summary>
internal static class CommitteeEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Committee");
        cases.MapGet("/{id:guid}/committee", Get).RequirePermission(CasesPermissions.Claims)
            .Describe("GetCommittee", "The creditors' committee of a case", "债权人委员会");
        cases.MapPut("/{id:guid}/committee", SetMembers).RequirePermission(CasesPermissions.ManageClaims).RequiresIfMatch()
            .Describe("SetCommitteeMembers", "Set the committee's members", "设置债权人委员会成员");
        cases.MapPost("/{id:guid}/committee/decisions", Decide).RequirePermission(CasesPermissions.ManageClaims)
            .Describe("RecordCommitteeDecision", "Record a committee decision or consent", "记录债权人委员会决议");
    }

    private static async Task<Ok<CommitteeDto>> Get(Guid id, CasesDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var committee = await FindAsync(id, db, cancellationToken) ?? new CreditorsCommittee(id);
        http.SetETag(committee);
        return TypedResults.Ok(CommitteeDto.From(committee));
    }

    private static async Task<Ok<CommitteeDto>> SetMembers(Guid id, MembersRequest request, CasesDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var committee = await SetMembersAsync(id, http.RequiredIfMatch(), request, db, cancellationToken);
        http.SetETag(committee);
        return TypedResults.Ok(CommitteeDto.From(committee));
    }

    internal static async Task<CreditorsCommittee> SetMembersAsync(Guid id, uint expected, MembersRequest request, CasesDbContext db, CancellationToken cancellationToken)
    {
        var committee = db.ExpectVersionOrAdd(await FindAsync(id, db, cancellationToken), expected, () => new CreditorsCommittee(id));
        Check(committee.SetMembers([.. request.Members!.Select(m => (m.Name!.Trim(), m.Role!.Value))]));
        await db.SaveChangesAsync(cancellationToken);
        return committee;
    }

    private static async Task<Created<CommitteeDto>> Decide(Guid id, DecisionRequest request, CasesDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var committee = await DecideAsync(id, request, db, cancellationToken);
        http.SetETag(committee);
        return TypedResults.Created($"/api/cases/{id}/committee", CommitteeDto.From(committee));
    }

    internal static async Task<CreditorsCommittee> DecideAsync(Guid id, DecisionRequest request, CasesDbContext db, CancellationToken cancellationToken)
    {
        var committee = await FindAsync(id, db, cancellationToken) ?? throw BusinessException.Rule("cases.committee_size", CreditorsCommittee.MaxMembers);
        Check(committee.Decide(request.Kind!.Value, request.Subject!.Trim(), request.Text!.Trim(), request.On!.Value));
        await db.SaveChangesAsync(cancellationToken);
        return committee;
    }

    /// <summary>The case's committee with members and decisions, tracked; 404 when the county (or the firm) has no such case.</summary>
    private static async Task<CreditorsCommittee?> FindAsync(Guid caseId, CasesDbContext db, CancellationToken cancellationToken)
    {
        await db.EnsureCaseAsync(caseId, cancellationToken);
        return await db.Committees.AsSplitQuery().Include(c => c.Members).Include(c => c.Decisions).SingleOrDefaultAsync(c => c.CaseId == caseId, cancellationToken);
    }

    private static void Check(CommitteeOutcome outcome)
    {
        outcome.OrRefuse(CreditorsCommittee.MaxMembers);
    }
}

internal sealed record MemberDto(int Position, string Name, MemberRole Role);

internal sealed record DecisionDto(int Number, DecisionKind Kind, string Subject, string Text, DateOnly On);

internal sealed record CommitteeDto(IReadOnlyList<MemberDto> Members, IReadOnlyList<DecisionDto> Decisions, uint Version)
{
    public static CommitteeDto From(CreditorsCommittee c) => new(
        [.. c.Members.OrderBy(m => m.Position).Select(m => new MemberDto(m.Position, m.Name, m.Role))],
        [.. c.Decisions.OrderBy(d => d.Number).Select(d => new DecisionDto(d.Number, d.Kind, d.Subject, d.Text, d.On))], c.Version);
}

internal sealed record MemberRequest(string? Name, MemberRole? Role);

internal sealed record MembersRequest(IReadOnlyList<MemberRequest>? Members) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Members is null)
        {
            errors.Add("members", "validation.required");
            return;
        }

        for (var i = 0; i < Members.Count; i++)
        {
            errors.RequiredText($"members[{i}].name", Members[i].Name, 200);
            errors.Defined($"members[{i}].role", Members[i].Role);
        }
    }
}

internal sealed record DecisionRequest(DecisionKind? Kind, string? Subject, string? Text, DateOnly? On) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.Defined("kind", Kind);
        errors.RequiredText("subject", Subject, 200);
        errors.RequiredText("text", Text, 4000);
        if (On is null)
        {
            errors.Add("on", "validation.required");
        }
    }
}
