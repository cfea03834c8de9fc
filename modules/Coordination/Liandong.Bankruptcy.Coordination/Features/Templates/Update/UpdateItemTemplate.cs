using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Templates.Update;

/// <summary>Changes a line's unit kind, title, basis, due rule and whether it is in use (its key and trigger stay).</summary>
internal sealed class UpdateItemTemplate(CoordinationDbContext db)
{
    public async Task HandleAsync(Guid id, uint expected, TemplateRequest request, CancellationToken cancellationToken)
    {
        var template = await db.Templates.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw BusinessException.NotFound();
        db.ExpectVersion(template, expected);
        template.Update(request.UnitKind!.Value, request.Title!.Trim(), request.Basis?.Trim(), new DueRule(request.DueLength!.Value, request.DueUnit!.Value),
            request.IsActive ?? true);
        await db.SaveChangesAsync(cancellationToken);
    }
}
