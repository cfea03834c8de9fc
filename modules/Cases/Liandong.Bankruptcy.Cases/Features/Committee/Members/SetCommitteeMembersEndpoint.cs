using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Cases.Features.Committee.Members;

internal static class SetCommitteeMembersEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPut("/{id:guid}/committee", (Guid id, MembersRequest request, SetCommitteeMembers handler, CommitteeReader committees, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => committees.GetAsync(id, ct)))
            .RequirePermission(CasesPermissions.ManageClaims)
            .RequiresIfMatch()
            .Describe("SetCommitteeMembers", "Set the committee's members", "设置债权人委员会成员");
}
