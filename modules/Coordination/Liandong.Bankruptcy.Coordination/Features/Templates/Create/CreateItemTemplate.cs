using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Templates.Create;

/// <summary>Adds a line to the county's item list; one per trigger and key (409 otherwise).</summary>
internal sealed class CreateItemTemplate(CoordinationDbContext db)
{
    public async Task<Guid> HandleAsync(TemplateRequest request, CancellationToken cancellationToken)
    {
        var key = request.Key!.Trim();
        if (await db.Templates.AnyAsync(t => t.Trigger == request.Trigger && t.Key == key, cancellationToken))
        {
            throw BusinessException.Conflict("coordination.template_exists");
        }

        var template = new ItemTemplate(key, request.Trigger!.Value, request.UnitKind!.Value, request.Title!.Trim(), request.Basis?.Trim(),
            new DueRule(request.DueLength!.Value, request.DueUnit!.Value));
        db.Templates.Add(template);
        await db.SaveChangesAsync(cancellationToken);
        return template.Id;
    }
}
