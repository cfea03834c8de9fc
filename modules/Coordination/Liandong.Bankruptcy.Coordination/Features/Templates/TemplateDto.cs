using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Templates;

internal sealed record TemplateDto(
    Guid Id, string Key, TemplateTrigger Trigger, UnitKind UnitKind, string Title, string? Basis, int DueLength, PeriodUnit DueUnit, bool IsActive, uint Version)
    : IVersioned
{
    public static TemplateDto From(ItemTemplate t) => new(t.Id, t.Key, t.Trigger, t.UnitKind, t.Title, t.Basis, t.DueLength, t.DueUnit, t.IsActive, t.Version);
}

/// <summary>The county's item list (联动事项清单) by trigger and key, and one line of it (404 otherwise).</summary>
internal sealed class TemplateReader(CoordinationDbContext db)
{
    public async Task<List<TemplateDto>> ListAsync(CancellationToken cancellationToken) =>
        await db.Templates.AsNoTracking().OrderBy(t => t.Trigger).ThenBy(t => t.Key)
            .Select(t => new TemplateDto(t.Id, t.Key, t.Trigger, t.UnitKind, t.Title, t.Basis, t.DueLength, t.DueUnit, t.IsActive, t.Version))
            .ToListAsync(cancellationToken);

    public async Task<TemplateDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        TemplateDto.From(await db.Templates.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw BusinessException.NotFound());
}
