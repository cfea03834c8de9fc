using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Publications.Published;

internal static class MarkPublishedEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPut("/publications/{id:guid}/published", (Guid id, PublishedRequest request, MarkPublished handler, PublicationReader duties, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => duties.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.Publish)
            .RequiresIfMatch()
            .Describe("MarkPublished", "Mark a publication duty published", "标记已公开");
}
