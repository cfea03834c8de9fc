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
        leads.MapPost("", async (Hand.LeadRequest request, Hand.HandLead handler, LeadReader reader, CancellationToken ct) =>
            {
                var lead = await reader.GetAsync(await handler.HandleAsync(request, ct), ct);
                return TypedResults.Created($"/api/coordination/items/{lead.ItemId}", lead);
            })
            .RequirePermission(CoordinationPermissions.HandLeads)
            .WithIdempotency()
            .Describe("HandLead", "Hand an evasion lead to public security or the procuratorate", "移送逃废债线索");
    }
}
