using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Time;

namespace Liandong.Bankruptcy.Coordination.Features.Meetings.Schedule;

internal sealed record ScheduleMeetingRequest(MeetingKind? Kind, string? Topic, DateOnly? HeldOn, Guid? RaisedByUnitId, [property: MaxItems(60)] IReadOnlyList<Guid>? UnitIds, [property: MaxItems(50)] IReadOnlyList<Guid>? CaseIds)
    : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.Defined("kind", Kind);
        errors.RequiredText("topic", Topic, 200);
        if (HeldOn is null)
        {
            errors.Add("heldOn", "validation.required");
        }

    }
}

/// <summary>Schedules a leadership-group or special coordination meeting: topic, date, the unit that asked for it, the units attending, the cases.</summary>
internal sealed class ScheduleMeeting(CoordinationDbContext db, IUnitDirectory units, ICaseQueries cases)
{
    public async Task<Guid> HandleAsync(ScheduleMeetingRequest request, CancellationToken cancellationToken)
    {
        var raisedBy = request.RaisedByUnitId is { } raiser ? await units.ActiveUnitAsync(raiser, cancellationToken) : null;
        var meeting = new CoordinationMeeting(request.Kind!.Value, request.Topic!.Trim(), request.HeldOn!.Value, raisedBy);
        var attending = await units.ActiveUnitsAsync(request.UnitIds ?? [], cancellationToken);
        var linked = new List<(Guid, string)>();
        foreach (var caseId in request.CaseIds ?? [])
        {
            linked.Add((caseId, await cases.CaseNumberAsync(caseId, cancellationToken)));
        }

        meeting.Attend(attending, linked);
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync(cancellationToken);
        return meeting.Id;
    }
}
