using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Publications.List;

internal static class PublicationDutiesEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapGet("/{id:guid}/publications", async (Guid id, PublicationReader duties, CancellationToken ct) => TypedResults.Ok(await duties.ListAsync(id, ct)))
            .RequirePermission(CasesPermissions.View)
            .Describe("ListPublicationDuties", "The case's publication duties", "案件信息公开事项");
}
