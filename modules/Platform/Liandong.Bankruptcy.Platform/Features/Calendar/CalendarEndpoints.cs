using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Events;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Features.Calendar;

/// <summary>
/// The county's holiday calendar: days off and make-up working days, year by year. Every change publishes
/// <see cref="HolidayCalendarChanged"/> in the same transaction, so that stored deadlines follow it.
/// </summary>
internal static class CalendarEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var holidays = api.MapGroup("/platform/holidays").WithTags("Calendar");
        holidays.MapGet("/", List).RequirePermission(PlatformPermissions.CalendarView)
            .Describe("ListHolidays", "The county's holiday calendar for a year", "本县区节假日日历");
        holidays.MapPost("/", (HolidayRequest request, IDbContextOutbox<PlatformDbContext> outbox, HttpContext http, CancellationToken ct) =>
                http.CreateAsync(() => Create(request, outbox, ct), id => Read(outbox.DbContext, id, ct), id => $"/api/platform/holidays/{id}"))
            .RequirePermission(PlatformPermissions.CalendarManage).WithIdempotency<HolidayDay>()
            .Describe("AddHoliday", "Add a day off or a make-up working day", "新增休息日或调休工作日");
        holidays.MapDelete("/{id:guid}", Delete).RequirePermission(PlatformPermissions.CalendarManage)
            .Describe("DeleteHoliday", "Delete a day of the holiday calendar", "删除节假日日历中的一天");
    }

    internal static async Task<Ok<List<HolidayDto>>> List(int? year, PlatformDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.OptionalYear("year", year);
        if (!errors.IsEmpty)
        {
            throw new ValidationException(errors);
        }

        var wanted = year ?? Time.BusinessClock.Today(clock).Year;
        return TypedResults.Ok(await db.HolidayDays.AsNoTracking()
            .Where(h => h.Date >= new DateOnly(wanted, 1, 1) && h.Date <= new DateOnly(wanted, 12, 31))
            .OrderBy(h => h.Date)
            .Select(h => new HolidayDto(h.Id, h.Date, h.Kind, h.Note))
            .ToListAsync(cancellationToken));
    }

    private static Task<HolidayDto> Read(PlatformDbContext db, Guid id, CancellationToken cancellationToken) =>
        db.HolidayDays.AsNoTracking().Where(h => h.Id == id).Select(h => new HolidayDto(h.Id, h.Date, h.Kind, h.Note)).SingleAsync(cancellationToken);

    internal static async Task<Guid> Create(HolidayRequest request, IDbContextOutbox<PlatformDbContext> outbox, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var date = request.Date!.Value;
        if (await db.HolidayDays.AnyAsync(h => h.Date == date, cancellationToken))
        {
            throw BusinessException.Conflict("platform.holiday_exists");
        }

        var day = new HolidayDay(date, request.Kind!.Value, request.Note?.Trim());
        db.HolidayDays.Add(day);
        await outbox.PublishAsync(new HolidayCalendarChanged(date));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return day.Id;
    }

    internal static async Task<NoContent> Delete(Guid id, IDbContextOutbox<PlatformDbContext> outbox, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var day = await db.HolidayDays.SingleOrDefaultAsync(h => h.Id == id, cancellationToken) ?? throw BusinessException.NotFound();
        db.HolidayDays.Remove(day);
        await outbox.PublishAsync(new HolidayCalendarChanged(day.Date));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}

internal sealed record HolidayDto(Guid Id, DateOnly Date, HolidayKind Kind, string? Note);

internal sealed record HolidayRequest(DateOnly? Date, HolidayKind? Kind, string? Note) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (Date is null)
        {
            errors.Add("date", "validation.required");
        }
        else if (Kind is HolidayKind.MakeUpWorkingDay && Date.Value.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            errors.Add("date", "validation.make_up_day_on_weekday");
        }

        errors.Defined("kind", Kind);
        errors.OptionalText("note", Note, 100);
    }
}
