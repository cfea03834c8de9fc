using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Wages.Features.Rules;
using Liandong.Bankruptcy.Wages.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Wages.Features.Files.Advance;

/// <summary>The day the fund paid the advance.</summary>
internal sealed record AdvanceWagesRequest(DateOnly? AdvancedOn) : IValidatable
{
    public void Validate(ValidationErrors errors) => errors.RequiredDate("advancedOn", AdvancedOn);
}

/// <summary>
/// The wage-guarantee fund advances an employee's wages under the county's rule in force that day (computed here, not
/// typed: months covered × the monthly wage capped); the fund is subrogated to a class ① claim for it and the
/// employee's claim shrinks by it — in the claims register too, once the list is published, in the same transaction.
/// </summary>
internal sealed class AdvanceWages(IDbContextOutbox<WagesDbContext> outbox, WageFileReader files, GuaranteeRules rules, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, Guid employeeId, uint expected, AdvanceWagesRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.AdvancedOn!.Value;
        clock.NotInFuture(on, "advancedOn");
        file.Advance(employeeId, await rules.InForceAsync(on, cancellationToken), on).Outcome.OrRefuse();
        if (file.PublishedOn is not null)
        {
            await outbox.ReportAsync(file, file.Employees.Where(e => e.Id == employeeId), on, clock);
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }

    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/{id:guid}/employees/{employeeId:guid}/advance", (Guid id, Guid employeeId, AdvanceWagesRequest request, AdvanceWages handler, WageFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, employeeId, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(WagesPermissions.Advance)
            .RequiresIfMatch()
            .Describe("AdvanceEmployeeWages", "Record the wage-guarantee fund's advance to an employee, computed by the county's rule in force that day (the fund subrogated)",
                "登记欠薪保障金垫付（按垫付日适用的规则计算，保障金依法代位受偿）");
}
