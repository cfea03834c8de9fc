using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Wages.Domain;
using Liandong.Bankruptcy.Wages.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Wages.Features.Rules;

/// <summary>A version of the county's wage-guarantee rule: from when, how many months owed it covers (1–24), the cap of each month, the fund's name.</summary>
internal sealed record GuaranteeRuleRequest(DateOnly? EffectiveFrom, int? MonthsCovered, decimal? MonthlyCap, string? FundName) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredDate("effectiveFrom", EffectiveFrom);
        if (MonthsCovered is not (>= 1 and <= 24))
        {
            errors.Add("monthsCovered", "validation.range", 1, 24);
        }

        if (MonthlyCap is not { } cap || cap <= 0 || cap > 1_000_000m || decimal.Round(cap, 2) != cap)
        {
            errors.Add("monthlyCap", "validation.amount");
        }

        errors.RequiredText("fundName", FundName, 100);
    }
}

internal sealed record GuaranteeRuleDto(Guid Id, DateOnly EffectiveFrom, int MonthsCovered, decimal MonthlyCap, string FundName);

/// <summary>
/// The county's wage-guarantee rule, kept as versions each in force from its date (a new version never rewrites an
/// older one, so an advance is always computed by the rule in force on its date). One version per date.
/// </summary>
internal sealed class GuaranteeRules(WagesDbContext db)
{
    public async Task<Guid> AddAsync(GuaranteeRuleRequest request, CancellationToken cancellationToken)
    {
        var from = request.EffectiveFrom!.Value;
        if (await db.GuaranteeRules.AnyAsync(r => r.EffectiveFrom == from, cancellationToken))
        {
            throw new BusinessException("wages.rule_exists", 409);
        }

        var rule = db.GuaranteeRules.Add(new GuaranteeRule(from, request.MonthsCovered!.Value, request.MonthlyCap!.Value, request.FundName!.Trim())).Entity;
        await db.SaveChangesAsync(cancellationToken);
        return rule.Id;
    }

    /// <summary>The version in force on <paramref name="on"/>: the latest from that day or before; null when none.</summary>
    public Task<GuaranteeRule?> InForceAsync(DateOnly on, CancellationToken cancellationToken) =>
        db.GuaranteeRules.AsNoTracking().Where(r => r.EffectiveFrom <= on).OrderByDescending(r => r.EffectiveFrom).FirstOrDefaultAsync(cancellationToken);

    public async Task<GuaranteeRuleDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await db.GuaranteeRules.AsNoTracking().Where(r => r.Id == id).Select(r => new GuaranteeRuleDto(r.Id, r.EffectiveFrom, r.MonthsCovered, r.MonthlyCap, r.FundName))
            .SingleOrDefaultAsync(cancellationToken) ?? throw BusinessException.NotFound();

    /// <summary>The versions by effective date, a keyset page.</summary>
    public async Task<ListResponse<GuaranteeRuleDto>> ListAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var after = page.After<DateOnly?>();
        var rows = await db.GuaranteeRules.AsNoTracking().Where(r => after == null || r.EffectiveFrom > after).OrderBy(r => r.EffectiveFrom).Take(page.Limit + 1)
            .Select(r => new GuaranteeRuleDto(r.Id, r.EffectiveFrom, r.MonthsCovered, r.MonthlyCap, r.FundName)).ToListAsync(cancellationToken);
        return page.Page(rows, r => (DateOnly?)r.EffectiveFrom);
    }

    public static void Map(IEndpointRouteBuilder wages)
    {
        wages.MapGet("/guarantee-rules", async (PageRequest page, GuaranteeRules rules, CancellationToken ct) => TypedResults.Ok(await rules.ListAsync(page, ct)))
            .RequirePermission(WagesPermissions.View)
            .Describe("ListWageGuaranteeRules", "The county's wage-guarantee rule versions by effective date", "欠薪保障垫付规则（按生效日期）");
        wages.MapGet("/guarantee-rules/{id:guid}", async (Guid id, GuaranteeRules rules, CancellationToken ct) => TypedResults.Ok(await rules.GetAsync(id, ct)))
            .RequirePermission(WagesPermissions.View)
            .Describe("GetWageGuaranteeRule", "One version of the county's wage-guarantee rule", "欠薪保障垫付规则版本");
        wages.MapPost("/guarantee-rules", (GuaranteeRuleRequest request, GuaranteeRules rules, HttpContext http, CancellationToken ct) =>
                http.CreateAsync(() => rules.AddAsync(request, ct), id => rules.GetAsync(id, ct), id => $"/api/wages/guarantee-rules/{id}"))
            .RequirePermission(WagesPermissions.Rules)
            .WithIdempotency<GuaranteeRule>()
            .Describe("AddWageGuaranteeRule", "Add a version of the county's wage-guarantee rule, in force from its date", "新增欠薪保障垫付规则版本（自生效日期起适用）");
    }
}
