using Liandong.Bankruptcy.Cases.Features.CaseRegister;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Advance.ForcedApproval;

internal static class ApplyForForcedApprovalEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPut("/{id:guid}/forced-approval-application", (Guid id, ForcedApprovalApplicationRequest request, ApplyForForcedApproval handler, CaseReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.Advance)
            .RequiresIfMatch()
            .Describe("ApplyForForcedApproval", "Record the application to approve a plan a class rejected (the court rules within 30 days)", "登记强制批准重整计划申请");
}
