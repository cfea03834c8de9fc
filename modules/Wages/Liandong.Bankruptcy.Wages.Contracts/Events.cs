using Liandong.Bankruptcy.Platform;

namespace Liandong.Bankruptcy.Wages.Contracts;

/// <summary>
/// A month's wages of continued operation after acceptance, a common-benefit debt (EBL art. 42(4)) paid from the estate
/// as it falls due (art. 43): booked (<c>PaidOn</c> null while unpaid) or paid. <c>Month</c> is the month's first day.
/// </summary>
public sealed record ContinuedOperationWagesBooked(Guid CaseId, DateOnly Month, decimal Amount, DateOnly? PaidOn) : IIntegrationEvent;
