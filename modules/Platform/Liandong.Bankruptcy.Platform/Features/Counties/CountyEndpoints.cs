using System.Text.RegularExpressions;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Events;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Wolverine;
using Wolverine.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Features.Counties;

/// <summary>The county registry, for host administrators: create (with everything a county is seeded with), rename, deactivate.</summary>
internal static partial class CountyEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var counties = api.MapGroup("/host/counties").WithTags("Counties");
        counties.MapGet("/", List).RequirePermission(PlatformPermissions.CountiesView)
            .Describe("ListCounties", "The counties (tenants) of the platform", "县区列表");
        counties.MapGet("/{id:guid}", Get).RequirePermission(PlatformPermissions.CountiesView)
            .Describe("GetCounty", "One county with its courts", "县区详情");
        counties.MapPost("/", (CreateCountyRequest request, IDbContextOutbox<PlatformDbContext> outbox, HttpContext http, CancellationToken ct) =>
                http.CreateAsync(() => Create(request, outbox, ct), id => Read(outbox.DbContext, id, ct), id => $"/api/host/counties/{id}"))
            .RequirePermission(PlatformPermissions.CountiesManage).WithIdempotency<County>()
            .Describe("CreateCounty", "Create a county (seeded with units and roles)", "新建县区");
        counties.MapPut("/{id:guid}", Update).RequirePermission(PlatformPermissions.CountiesManage).RequiresIfMatch()
            .Describe("UpdateCounty", "Rename a county, set its courts, deactivate it", "修改县区（名称、法院、停用）");
    }

    private static async Task<Ok<ListResponse<CountyDto>>> List(PageRequest page, PlatformDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await page.ReadAsync(
            db.Counties.AsNoTracking(), c => c.DivisionCode,
            c => new CountyDto(c.Id, c.DivisionCode, c.Name, c.CourtCodes, c.IsActive, c.Version), c => c.DivisionCode, cancellationToken));

    private static async Task<Ok<CountyDto>> Get(Guid id, PlatformDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var county = await Find(db, id, cancellationToken);
        http.SetETag(county);
        return TypedResults.Ok(CountyDto.From(county));
    }

    private static async Task<CountyDto> Read(PlatformDbContext db, Guid id, CancellationToken cancellationToken) =>
        CountyDto.From(await Find(db, id, cancellationToken));

    /// <summary>The county and its <see cref="CountyCreated"/> commit together; the seeding follows inside the new county.</summary>
    internal static async Task<Guid> Create(CreateCountyRequest request, IDbContextOutbox<PlatformDbContext> outbox, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        if (await db.Counties.AnyAsync(c => c.DivisionCode == request.DivisionCode, cancellationToken))
        {
            throw BusinessException.Conflict("platform.county_code_taken");
        }

        var county = new County(Guid.CreateVersion7(), request.DivisionCode!, request.Name!.Trim(), request.CourtCodes!.Select(c => c.Trim()));
        db.Counties.Add(county);
        await outbox.PublishAsync(
            new CountyCreated(county.Id, county.DivisionCode, county.Name), new DeliveryOptions { TenantId = county.Id.ToString() });
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return county.Id;
    }

    private static async Task<Ok<CountyDto>> Update(
        Guid id, UpdateCountyRequest request, PlatformDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var expected = http.RequiredIfMatch();
        var county = await Find(db, id, cancellationToken);
        db.ExpectVersion(county, expected);
        county.Update(request.Name!.Trim(), request.CourtCodes!.Select(c => c.Trim()), request.IsActive);
        await db.SaveChangesAsync(cancellationToken);
        http.SetETag(county);
        return TypedResults.Ok(CountyDto.From(county));
    }

    private static async Task<County> Find(PlatformDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Counties.SingleOrDefaultAsync(c => c.Id == id, cancellationToken) ?? throw BusinessException.NotFound();

    internal static void ValidateCourts(ValidationErrors errors, IReadOnlyList<string>? courts)
    {
        if (courts is null || courts.Count == 0)
        {
            errors.Add("courtCodes", "validation.required");
        }
        else if (courts.Any(c => c is null || !CourtCode().IsMatch(c.Trim())))
        {
            errors.Add("courtCodes", "validation.invalid_value");
        }
    }

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}\d{2,4}$")]
    private static partial Regex CourtCode();
}

internal sealed record CountyDto(Guid Id, string DivisionCode, string Name, IReadOnlyList<string> CourtCodes, bool IsActive, uint Version) : IVersioned
{
    public static CountyDto From(County c) => new(c.Id, c.DivisionCode, c.Name, c.CourtCodes, c.IsActive, c.Version);
}

internal sealed partial record CreateCountyRequest(string? DivisionCode, string? Name, [property: MaxItems(10)] IReadOnlyList<string>? CourtCodes) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (DivisionCode is null || !SixDigits().IsMatch(DivisionCode))
        {
            errors.Add("divisionCode", "validation.division_code");
        }

        errors.RequiredText("name", Name, 50);
        CountyEndpoints.ValidateCourts(errors, CourtCodes);
    }

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex SixDigits();
}

internal sealed record UpdateCountyRequest(string? Name, [property: MaxItems(10)] IReadOnlyList<string>? CourtCodes, bool IsActive) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("name", Name, 50);
        CountyEndpoints.ValidateCourts(errors, CourtCodes);
    }
}
