using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Liandong.Bankruptcy.Credit.Features.Files.Apply;

internal static class FileRepairApplicationEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapPost("/{id:guid}/applications", (Guid id, FileRepairApplicationRequest request, FileRepairApplication handler, CreditFileReader reader, HttpContext http, CancellationToken ct) =>
                http.UpdateAsync(version => handler.HandleAsync(id, version, request, ct), () => reader.GetAsync(id, ct)))
            .RequirePermission(CreditPermissions.Apply)
            .RequiresIfMatch()
            .Describe("FileCreditRepairApplication", "File one credit repair application for every target unit after an approved plan or composition",
                "提交信用修复申请（一次申请，各修复单位同步办理）");
}
