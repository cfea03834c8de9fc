using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Liandong.Bankruptcy.Cases.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Meetings.List;

internal static class CaseMeetingsEndpoint
{
    public static void Map(IEndpointRouteBuilder cases) =>
        cases.MapGet("/{id:guid}/meetings", async (Guid id, CasesDbContext db, CancellationToken ct) =>
            {
                await db.EnsureCaseAsync(id, ct);
                var meetings = await db.Meetings.AsNoTracking().AsSplitQuery().Include(m => m.Resolutions).Include(m => m.Ballots)
                    .Where(m => m.CaseId == id).OrderBy(m => m.Number).ToListAsync(ct);
                return TypedResults.Ok(meetings.Select(MeetingDto.From).ToList());
            })
            .RequirePermission(CasesPermissions.Claims)
            .Describe("ListCreditorsMeetings", "The case's creditors' meetings", "债权人会议列表");
}
