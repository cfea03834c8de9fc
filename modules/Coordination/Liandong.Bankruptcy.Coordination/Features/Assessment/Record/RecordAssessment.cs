using Microsoft.EntityFrameworkCore;
using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Modules;

namespace Liandong.Bankruptcy.Coordination.Features.Assessment.Record;

internal sealed record RecordRequest(Guid? UnitId, AssessmentKind? Kind, DateOnly? From, DateOnly? To, string? Reason, DateOnly? DecidedOn) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (UnitId is null)
        {
            errors.Add("unitId", "validation.required");
        }

        errors.Defined("kind", Kind);
        errors.RequiredText("reason", Reason, 1000);
        if (From is null || To is null || To < From)
        {
            errors.Add("to", "validation.invalid_value");
        }

        if (DecidedOn is null)
        {
            errors.Add("decidedOn", "validation.required");
        }
    }
}

/// <summary>Records a commendation or an accountability of a unit for a period.</summary>
internal sealed class RecordAssessment(CoordinationDbContext db, IUnitDirectory units, IAuditContext audit)
{
    public async Task<Guid> HandleAsync(RecordRequest request, CancellationToken cancellationToken)
    {
        var unit = await units.ActiveUnitAsync(request.UnitId!.Value, cancellationToken);
        var record = new AssessmentRecord(unit, request.Kind!.Value, request.From!.Value, request.To!.Value, request.Reason!.Trim(),
            request.DecidedOn!.Value, audit.UserId);
        db.AssessmentRecords.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record.Id;
    }

    /// <summary>A record as the assessment lists it.</summary>
    public Task<RecordDto> ReadAsync(Guid id, CancellationToken cancellationToken) =>
        db.AssessmentRecords.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new RecordDto(r.Id, r.UnitId, r.UnitName, r.Kind, r.From, r.To, r.Reason, r.DecidedOn))
            .SingleAsync(cancellationToken);
}
