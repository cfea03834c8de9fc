using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Coordination.Features.Items.Comment;

internal static class CommentOnItemEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/items/{id:guid}/comments", async (Guid id, CommentRequest request, CommentOnItem handler, CancellationToken ct) =>
                TypedResults.Created($"/api/coordination/items/{id}", await handler.HandleAsync(id, request, ct)))
            .RequirePermission(CoordinationPermissions.Items)
            .Describe("CommentOnItem", "Comment on an item's thread", "在事项下留言");
}
