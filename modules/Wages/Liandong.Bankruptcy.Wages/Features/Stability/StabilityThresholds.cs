using System.Globalization;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;
using Liandong.Bankruptcy.Wages.Domain;
using Liandong.Bankruptcy.Wages.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Wages.Features.Stability;

/// <summary>The county's thresholds: employees on a list (1–100,000) and class ① arrears in yuan (more than 0, to the cent).</summary>
internal sealed record StabilityThresholdRequest(int? Employees, decimal? Arrears) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Employees is not (>= 1 and <= 100_000))
        {
            errors.Add("employees", "validation.range", 1, 100_000);
        }

        if (Arrears is not { } value || value <= 0 || value > 100_000_000_000m || decimal.Round(value, 2) != value)
        {
            errors.Add("arrears", "validation.amount");
        }
    }
}

/// <summary>The thresholds in force (<c>CountyDefault</c> false until the county sets its own: the platform's defaults).</summary>
internal sealed record StabilityThresholdDto(int Employees, decimal Arrears, bool CountyDefault, uint Version) : IVersioned;

/// <summary>
/// The county's stability-risk thresholds, and the check a list makes against them: the first time a case's list
/// reaches one (employees, or class ① arrears before advances), a social-stability matter opens in Coordination
/// (<see cref="RiskReported"/>, in the same transaction), 较大 (Serious) for one threshold, 重大 (Major) for both.
/// </summary>
internal sealed class StabilityThresholds(WagesDbContext db)
{
    public async Task<StabilityThreshold> CurrentAsync(CancellationToken cancellationToken) =>
        await db.StabilityThresholds.AsNoTracking().SingleOrDefaultAsync(cancellationToken) ?? new StabilityThreshold();

    public async Task<StabilityThresholdDto> GetAsync(CancellationToken cancellationToken)
    {
        var found = await db.StabilityThresholds.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var threshold = found ?? new StabilityThreshold();
        return new(threshold.Employees, threshold.Arrears, found is null, threshold.Version);
    }

    public async Task SetAsync(uint expected, StabilityThresholdRequest request, CancellationToken cancellationToken)
    {
        var threshold = db.ExpectVersionOrAdd(await db.StabilityThresholds.SingleOrDefaultAsync(cancellationToken), expected, () => new StabilityThreshold());
        threshold.Set(request.Employees!.Value, request.Arrears!.Value);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Reports the list's risk once it reaches the thresholds (call before saving the file, in its transaction).</summary>
    public async Task CheckAsync(IDbContextOutbox<WagesDbContext> outbox, WageFile file, DateOnly on, CancellationToken cancellationToken)
    {
        if (file.StabilityRisk(await CurrentAsync(cancellationToken), on) is not { } level)
        {
            return;
        }

        await outbox.PublishAsync(new RiskReported(file.Id, "SocialStability", level, $"{file.DebtorName ?? file.CaseNumber}：职工欠薪稳定风险",
            string.Create(CultureInfo.InvariantCulture, $"{file.CaseNumber} 职工债权清单 {file.Employees.Count} 人，第一顺序欠付 {file.ListedClassOne:0.00} 元，达到本县（区）稳定风险阈值。"),
            on, $"wages-stability:{file.Id:N}"));
    }

    public static void Map(IEndpointRouteBuilder wages)
    {
        wages.MapGet("/stability-threshold", async (StabilityThresholds thresholds, HttpContext http, CancellationToken ct) => http.Represent(await thresholds.GetAsync(ct)))
            .RequirePermission(WagesPermissions.View)
            .Describe("GetStabilityThreshold", "The county's stability-risk thresholds for employee lists (the platform's defaults until set)", "职工欠薪稳定风险阈值");
        wages.MapPut("/stability-threshold", (StabilityThresholdRequest request, StabilityThresholds thresholds, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => thresholds.SetAsync(version, request, ct), () => thresholds.GetAsync(ct)))
            .RequirePermission(WagesPermissions.Rules)
            .RequiresIfMatch()
            .Describe("SetStabilityThreshold", "Set the county's stability-risk thresholds: employees on a list, class ① arrears", "设定职工欠薪稳定风险阈值");
    }
}
