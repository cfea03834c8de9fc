using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Coordination.Features.Templates;

/// <summary>The county's item list (联动事项清单): read by whoever sees items, edited by the county administrator and the office.</summary>
internal static class TemplatesFeature
{
    public static void AddTemplates(this IServiceCollection services)
    {
        services.AddScoped<ItemFactory>();
        services.AddScoped<TemplateReader>();
        services.AddScoped<Create.CreateItemTemplate>();
        services.AddScoped<Update.UpdateItemTemplate>();
    }

    /// <summary>Under <c>/coordination/templates</c>.</summary>
    public static void MapTemplates(this IEndpointRouteBuilder templates)
    {
        templates.MapGet("/", async (TemplateReader reader, CancellationToken ct) => TypedResults.Ok(await reader.ListAsync(ct)))
            .RequirePermission(CoordinationPermissions.Items)
            .Describe("ListItemTemplates", "The county's item list (templates)", "联动事项清单（模板）");
        templates.MapPost("/", (TemplateRequest request, Create.CreateItemTemplate handler, TemplateReader reader, HttpContext http, CancellationToken ct) =>
                http.CreateAsync(() => handler.HandleAsync(request, ct), id => reader.GetAsync(id, ct), id => $"/api/coordination/templates/{id}"))
            .RequirePermission(CoordinationPermissions.Templates)
            .WithIdempotency<ItemTemplate>()
            .Describe("CreateItemTemplate", "Add a line to the item list", "新增清单事项");
        templates.MapPut("/{id:guid}", (Guid id, TemplateRequest request, Update.UpdateItemTemplate handler, TemplateReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(CoordinationPermissions.Templates)
            .RequiresIfMatch()
            .Describe("UpdateItemTemplate", "Change a line of the item list", "修改清单事项");
    }
}
