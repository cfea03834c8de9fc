using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Deadlines.Open;

internal static class OpenDeadlinesEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapGet("/deadlines", async (DateOnly? until, Guid? judgeId, PageRequest page, OpenDeadlines deadlines, CancellationToken ct) =>
                TypedResults.Ok(await deadlines.ListAsync(until, judgeId, page, ct)))
            .RequirePermission(CasesPermissions.View)
            .Describe("ListOpenDeadlines", "The county's open deadlines, overdue marked", "期限提醒：未届满的法定期限");
}
