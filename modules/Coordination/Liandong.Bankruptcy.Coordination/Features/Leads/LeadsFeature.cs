using Liandong.Bankruptcy.Coordination.Domain;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Coordination.Features.Leads;

/// <summary>Evasion leads (打击逃废债): hand one to public security or the procuratorate; the item's result is the answer.</summary>
internal static class LeadsFeature
{
    public static void AddLeads(this IServiceCollection services)
    {
        services.AddScoped<LeadReader>();
        services.AddScoped<Hand.HandLead>();
    }

    /// <summary>Under <c>/coordination/leads</c>.</summary>
    public static void MapLeads(this IEndpointRouteBuilder leads)
    {
        leads.MapGet("", async (LeadReader reader, CancellationToken ct) => TypedResults.Ok(await reader.ListAsync(ct)))
            .RequirePermission(CoordinationPermissions.Leads)
            .Describe("ListLeads", "Evasion leads the user may see", "逃废债线索");
        leads.MapGet("/{id:guid}", async (Guid id, LeadReader reader, CancellationToken ct) => TypedResults.Ok(await reader.GetAsync(id, ct)))
            .RequirePermission(CoordinationPermissions.Leads)
            .Describe("GetLead", "One evasion lead with its item's state", "逃废债线索详情");
        leads.MapPost("", (Hand.LeadRequest request, Hand.HandLead handler, LeadReader reader, HttpContext http, CancellationToken ct) =>
                http.CreateAsync(() => handler.HandleAsync(request, ct), id => reader.GetAsync(id, ct), id => $"/api/coordination/leads/{id}"))
            .RequirePermission(CoordinationPermissions.HandLeads)
            .WithIdempotency<EvasionLead>()
            .Describe("HandLead", "Hand an evasion lead to public security or the procuratorate", "移送逃废债线索");
    }
}
