using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Coordination.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Coordination.Features.Templates;

/// <summary>The county's item list (联动事项清单): read by whoever sees items, edited by the county administrator and the office.</summary>
internal static class TemplateEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var templates = api.MapGroup("/coordination/templates").WithTags("Coordination");
        templates.MapGet("/", List).RequirePermission(CoordinationPermissions.Items)
            .Describe("ListItemTemplates", "The county's item list (templates)", "联动事项清单（模板）");
        templates.MapPost("/", Create).RequirePermission(CoordinationPermissions.Templates).WithIdempotency()
            .Describe("CreateItemTemplate", "Add a line to the item list", "新增清单事项");
        templates.MapPut("/{id:guid}", Update).RequirePermission(CoordinationPermissions.Templates).RequiresIfMatch()
            .Describe("UpdateItemTemplate", "Change a line of the item list", "修改清单事项");
    }

    internal static async Task<List<TemplateDto>> ListAsync(CoordinationDbContext db, CancellationToken cancellationToken) =>
        await db.Templates.AsNoTracking().OrderBy(t => t.Trigger).ThenBy(t => t.Key)
            .Select(t => new TemplateDto(t.Id, t.Key, t.Trigger, t.UnitKind, t.Title, t.Basis, t.DueLength, t.DueUnit, t.IsActive, t.Version))
            .ToListAsync(cancellationToken);

    private static async Task<Ok<List<TemplateDto>>> List(CoordinationDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await ListAsync(db, cancellationToken));

    private static async Task<Created<TemplateDto>> Create(TemplateRequest request, CoordinationDbContext db, HttpContext http, CancellationToken cancellationToken)
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
        http.SetETag(template);
        return TypedResults.Created($"/api/coordination/templates/{template.Id}", TemplateDto.From(template));
    }

    private static async Task<Ok<TemplateDto>> Update(Guid id, TemplateRequest request, CoordinationDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var template = await UpdateAsync(id, http.RequiredIfMatch(), request, db, cancellationToken);
        http.SetETag(template);
        return TypedResults.Ok(TemplateDto.From(template));
    }

    /// <summary>Changes a line's unit kind, title, basis, due rule and whether it is in use (its key and trigger stay).</summary>
    internal static async Task<ItemTemplate> UpdateAsync(Guid id, uint expected, TemplateRequest request, CoordinationDbContext db, CancellationToken cancellationToken)
    {
        var template = await db.Templates.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw BusinessException.NotFound();
        db.ExpectVersion(template, expected);
        template.Update(request.UnitKind!.Value, request.Title!.Trim(), request.Basis?.Trim(), new DueRule(request.DueLength!.Value, request.DueUnit!.Value),
            request.IsActive ?? true);
        await db.SaveChangesAsync(cancellationToken);
        return template;
    }
}

internal sealed record TemplateDto(
    Guid Id, string Key, TemplateTrigger Trigger, UnitKind UnitKind, string Title, string? Basis, int DueLength, PeriodUnit DueUnit, bool IsActive, uint Version)
{
    public static TemplateDto From(ItemTemplate t) => new(t.Id, t.Key, t.Trigger, t.UnitKind, t.Title, t.Basis, t.DueLength, t.DueUnit, t.IsActive, t.Version);
}

/// <summary><c>{key, trigger, unitKind, title, basis?, dueLength, dueUnit, isActive?}</c>; key and trigger count on create only.</summary>
internal sealed record TemplateRequest(
    string? Key, TemplateTrigger? Trigger, UnitKind? UnitKind, string? Title, string? Basis, int? DueLength, PeriodUnit? DueUnit, bool? IsActive) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("key", Key, 60);
        errors.Defined("trigger", Trigger);
        errors.Defined("unitKind", UnitKind);
        errors.RequiredText("title", Title, 200);
        errors.OptionalText("basis", Basis, 300);
        if (DueLength is not (>= 0 and <= 365))
        {
            errors.Add("dueLength", "validation.range", 0, 365);
        }

        if (DueUnit is not (PeriodUnit.Days or PeriodUnit.WorkingDays))
        {
            errors.Add("dueUnit", "validation.invalid_value");
        }
    }
}
