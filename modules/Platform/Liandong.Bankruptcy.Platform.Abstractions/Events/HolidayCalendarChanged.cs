namespace Liandong.Bankruptcy.Platform.Events;

/// <summary>
/// A county administrator added or removed a day of the county's holiday calendar. Handled inside that county (the
/// envelope carries it): every module recomputes the open deadlines it stores from the calendar.
/// </summary>
public sealed record HolidayCalendarChanged(DateOnly Date) : IIntegrationEvent;
