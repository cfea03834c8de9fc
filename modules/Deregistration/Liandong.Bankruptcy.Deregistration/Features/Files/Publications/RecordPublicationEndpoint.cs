using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Deregistration.Features.Files.Publications;

internal static class RecordPublicationEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/{id:guid}/publications", (Guid id, RecordPublicationRequest request, RecordPublication handler, RegistrationFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(DeregistrationPermissions.Register)
            .RequiresIfMatch()
            .Describe("RecordStatusPublication", "Record that a procedural step's bankruptcy status was published", "登记破产程序节点信息已公示");
}
