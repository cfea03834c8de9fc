using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;
using Liandong.Bankruptcy.Wages.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Wages.Features.Files.Publish;

/// <summary>The day of publication and how many days employees may object (1 to 90).</summary>
internal sealed record PublishEmployeeListRequest(DateOnly? PublishedOn, int? ObjectionDays) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredDate("publishedOn", PublishedOn);
        if (ObjectionDays is not (>= 1 and <= 90))
        {
            errors.Add("objectionDays", "validation.range", 1, 90);
        }
    }
}

/// <summary>
/// Publishes the list (art. 48) and enters it in the claims register in the same transaction (<see cref="WageRegister"/>).
/// </summary>
internal sealed class PublishEmployeeList(IDbContextOutbox<WagesDbContext> outbox, WageFileReader files, IHolidayCalendar calendars, TimeProvider clock)
{
    public async Task HandleAsync(Guid caseId, uint expected, PublishEmployeeListRequest request, CancellationToken cancellationToken)
    {
        var file = await files.ForChangeAsync(caseId, expected, cancellationToken);
        var on = request.PublishedOn!.Value;
        clock.NotInFuture(on, "publishedOn");
        file.Publish(on, request.ObjectionDays!.Value, await calendars.GetAsync(cancellationToken)).OrRefuse();
        await outbox.ReportAsync(file, file.Employees, on, clock);
        await Verification.VerifyEmployees.AnswerIfCompleteAsync(outbox, file, Domain.Verifier.Hrss, on);
        await Verification.VerifyEmployees.AnswerIfCompleteAsync(outbox, file, Domain.Verifier.Medical, on);
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }

    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/{id:guid}/publication", (Guid id, PublishEmployeeListRequest request, PublishEmployeeList handler, WageFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(WagesPermissions.Administer)
            .RequiresIfMatch()
            .Describe("PublishEmployeeClaims", "Publish the employee claims list for objections (art. 48) and enter it in the claims register", "公示职工债权清单并列入债权表");
}
