using Liandong.Bankruptcy.Cases.Domain.Requests;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Requests.Submit;

internal static class SubmitCourtRequestEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/{id:guid}/requests", (Guid id, SubmitRequest request, SubmitCourtRequest handler, RequestReader requests, HttpContext http, CancellationToken ct) =>
                http.CreateAsync(() => handler.HandleAsync(id, request, ct), requestId => requests.GetAsync(requestId, ct), _ => $"/api/cases/{id}/requests"))
            .RequirePermission(CasesPermissions.SubmitRequests)
            .WithIdempotency<CourtRequest>()
            .Describe("SubmitCourtRequest", "Submit a request to the court", "提交请示");
}
