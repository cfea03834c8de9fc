using Liandong.Bankruptcy.Cases.Features.CaseRegister;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Deadlines.Meet;

internal static class MeetDeadlineEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPut("/{id:guid}/deadlines/{kind}/met", (Guid id, string kind, MeetDeadlineRequest request, MeetDeadline handler, CaseReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, kind, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.Advance)
            .RequiresIfMatch()
            .Describe("MeetDeadline", "Mark a case's deadline met", "标记期限已履行");
}
