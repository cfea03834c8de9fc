using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Coordination.Domain;

/// <summary>Where an item comes from and what it is about.</summary>
internal sealed record ItemOrigin(
    Guid? CaseId, string? CaseNumber, string Kind, string Title, string? Basis, ItemSource Source, Guid? RaisedByUnitId, Guid? MeetingId = null, bool Direct = false)
{
    // Direct: it reaches the unit at once without the leadership group's consent, as a court's or administrator's
    // referral of an evasion lead to public security or the procuratorate does (their own power, not a request to coordinate).
}

internal sealed record UnitRef(Guid Id, string Name);

/// <summary>An item's due rule: a period (calendar or working days) from the date it starts counting.</summary>
internal sealed record DueRule(int Length, PeriodUnit Unit);
