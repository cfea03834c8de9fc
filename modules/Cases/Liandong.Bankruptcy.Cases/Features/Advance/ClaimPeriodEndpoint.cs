using Liandong.Bankruptcy.Cases.Domain;
using Liandong.Bankruptcy.Cases.Features.Register;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Advance;

/// <summary>The claim period the court sets after the announcement, and with it the first meeting's deadline.</summary>
internal static class ClaimPeriodEndpoint
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPut("/cases/{id:guid}/claim-period", Set).WithTags("Cases").RequirePermission(CasesPermissions.Advance).RequiresIfMatch()
            .Describe("SetClaimPeriod", "Set the claim period the court announced", "确定债权申报期限");

    private static async Task<Ok<CaseDto>> Set(
        Guid id, ClaimPeriodRequest request, CasesDbContext db, IHolidayCalendar calendar, HttpContext http, CancellationToken cancellationToken)
    {
        var found = await SetAsync(id, http.RequiredIfMatch(), request, db, calendar, cancellationToken);
        http.SetETag(found);
        return TypedResults.Ok(CaseDto.From(found));
    }

    /// <summary>Sets a validated claim period on the case at version <paramref name="expected"/> (the API and the page).</summary>
    internal static async Task<BankruptcyCase> SetAsync(
        Guid id, uint expected, ClaimPeriodRequest request, CasesDbContext db, IHolidayCalendar calendar, CancellationToken cancellationToken)
    {
        var found = await db.ForChangeAsync(id, expected, cancellationToken);
        found.SetClaimPeriod(request.AnnouncedOn!.Value, request.ClaimDeadline!.Value, await calendar.GetAsync(cancellationToken)).OrRefuse(found.State);

        await db.SaveChangesAsync(cancellationToken);
        return found;
    }
}

internal sealed record ClaimPeriodRequest(DateOnly? AnnouncedOn, DateOnly? ClaimDeadline) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (AnnouncedOn is null)
        {
            errors.Add("announcedOn", "validation.required");
        }

        if (ClaimDeadline is null)
        {
            errors.Add("claimDeadline", "validation.required");
        }
    }
}
