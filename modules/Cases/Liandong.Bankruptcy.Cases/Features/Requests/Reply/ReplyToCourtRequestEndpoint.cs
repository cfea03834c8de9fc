using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Requests.Reply;

internal static class ReplyToCourtRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPut("/requests/{id:guid}/reply", (Guid id, ReplyRequest request, ReplyToCourtRequest handler, RequestReader requests, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => requests.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.ReplyRequests)
            .RequiresIfMatch()
            .Describe("ReplyToCourtRequest", "The court replies to a request", "法院批复");
}
