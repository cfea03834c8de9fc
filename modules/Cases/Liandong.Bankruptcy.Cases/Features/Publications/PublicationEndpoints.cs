using Liandong.Bankruptcy.Cases.Domain.Publications;
using Liandong.Bankruptcy.Cases.Persistence;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Cases.Features.Publications;

/// <summary>A case's publication duties, with their prepared texts; marking one published.</summary>
internal static class PublicationEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var cases = api.MapGroup("/cases").WithTags("Publications");
        cases.MapGet("/{id:guid}/publications", List).RequirePermission(CasesPermissions.View)
            .Describe("ListPublicationDuties", "The case's publication duties", "案件信息公开事项");
        cases.MapPut("/publications/{id:guid}/published", MarkPublished).RequirePermission(CasesPermissions.Publish).RequiresIfMatch()
            .Describe("MarkPublished", "Mark a publication duty published", "标记已公开");
    }

    private static async Task<Ok<List<PublicationDto>>> List(Guid id, CasesDbContext db, CancellationToken cancellationToken)
    {
        await db.EnsureCaseAsync(id, cancellationToken);

        return TypedResults.Ok(await db.Publications.AsNoTracking().Where(p => p.CaseId == id).OrderBy(p => p.StartsOn).ThenBy(p => p.Id)
            .Select(p => new PublicationDto(p.Id, p.Kind, p.Publisher, p.Channel, p.Text, p.StartsOn, p.DueOn, p.PublishedOn, p.Version))
            .ToListAsync(cancellationToken));
    }

    private static async Task<Ok<PublicationDto>> MarkPublished(Guid id, PublishedRequest request, CasesDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var duty = await MarkPublishedAsync(id, http.RequiredIfMatch(), request, db, cancellationToken);
        http.SetETag(duty);
        return TypedResults.Ok(new PublicationDto(duty.Id, duty.Kind, duty.Publisher, duty.Channel, duty.Text, duty.StartsOn, duty.DueOn, duty.PublishedOn, duty.Version));
    }

    internal static async Task<PublicationDuty> MarkPublishedAsync(Guid id, uint expected, PublishedRequest request, CasesDbContext db, CancellationToken cancellationToken)
    {
        var duty = await db.Publications.SingleOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw BusinessException.NotFound();
        db.ExpectVersion(duty, expected);
        duty.MarkPublished(request.On!.Value).OrRefuse();

        await db.SaveChangesAsync(cancellationToken);
        return duty;
    }
}

internal sealed record PublicationDto(
    Guid Id, PublicationKind Kind, Publisher Publisher, PublicationChannel Channel, string Text, DateOnly StartsOn, DateOnly? DueOn, DateOnly? PublishedOn, uint Version);

internal sealed record PublishedRequest(DateOnly? On) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (On is null)
        {
            errors.Add("on", "validation.required");
        }
    }
}
