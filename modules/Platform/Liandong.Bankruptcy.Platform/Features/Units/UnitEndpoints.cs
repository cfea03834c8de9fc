using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Features.Units;

/// <summary>The county's member units (成员单位): list, read, create, update.</summary>
internal static class UnitEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var units = api.MapGroup("/platform/units").WithTags("Units");
        units.MapGet("/", List).RequirePermission(PlatformPermissions.UnitsView)
            .Describe("ListUnits", "The county's member units", "成员单位列表");
        units.MapGet("/{id:guid}", Get).RequirePermission(PlatformPermissions.UnitsView)
            .Describe("GetUnit", "One member unit", "成员单位详情");
        units.MapPost("/", (CreateUnitRequest request, PlatformDbContext db, HttpContext http, CancellationToken ct) =>
                http.CreateAsync(() => Create(request, db, ct), async id => UnitDto.From(await Find(db, id, ct)), id => $"/api/platform/units/{id}"))
            .RequirePermission(PlatformPermissions.UnitsManage).WithIdempotency<Unit>()
            .Describe("CreateUnit", "Add a member unit", "新增成员单位");
        units.MapPut("/{id:guid}", Update).RequirePermission(PlatformPermissions.UnitsManage).RequiresIfMatch()
            .Describe("UpdateUnit", "Update a member unit", "修改成员单位");
    }

    private static async Task<JsonOk<ListResponse<UnitDto>>> List(
        PageRequest page, UnitKind? kind, PlatformDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Units.AsNoTracking();
        if (kind is not null)
        {
            query = query.Where(u => u.Kind == kind);
        }

        return ApiJson.Ok(await page.ReadAsync(
            query, u => u.Name, u => new UnitDto(u.Id, u.Name, u.Kind, u.AccountableHead, u.IsActive, u.NoticeEmail, u.Version), u => u.Name, cancellationToken),
            PlatformJson.Default.ListResponseUnitDto);
    }

    private static async Task<Ok<UnitDto>> Get(Guid id, PlatformDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var unit = await Find(db, id, cancellationToken);
        http.SetETag(unit);
        return TypedResults.Ok(UnitDto.From(unit));
    }

    internal static async Task<Guid> Create(CreateUnitRequest request, PlatformDbContext db, CancellationToken cancellationToken)
    {
        await EnsureNameFree(db, request.Name!.Trim(), null, cancellationToken);
        var unit = new Unit(request.Name.Trim(), request.Kind!.Value, request.AccountableHead?.Trim());
        db.Units.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return unit.Id;
    }

    private static async Task<Ok<UnitDto>> Update(
        Guid id, UpdateUnitRequest request, PlatformDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var unit = await UpdateAsync(db, id, http.RequiredIfMatch(), request, cancellationToken);
        http.SetETag(unit);
        return TypedResults.Ok(UnitDto.From(unit));
    }

    /// <summary>Renames a unit, names its accountable head, (de)activates it: the API and the page alike.</summary>
    internal static async Task<Unit> UpdateAsync(PlatformDbContext db, Guid id, uint expectedVersion, UpdateUnitRequest request, CancellationToken cancellationToken)
    {
        var unit = await Find(db, id, cancellationToken);
        db.ExpectVersion(unit, expectedVersion);
        await EnsureNameFree(db, request.Name!.Trim(), id, cancellationToken);
        unit.Update(request.Name.Trim(), request.AccountableHead?.Trim(), request.IsActive, request.NoticeEmail?.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return unit;
    }

    internal static async Task<Unit> Find(PlatformDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Units.SingleOrDefaultAsync(u => u.Id == id, cancellationToken)
        ?? throw BusinessException.NotFound();

    private static async Task EnsureNameFree(PlatformDbContext db, string name, Guid? except, CancellationToken cancellationToken)
    {
        if (await db.Units.AnyAsync(u => u.Name == name && u.Id != except, cancellationToken))
        {
            throw BusinessException.Conflict("platform.unit_name_taken");
        }
    }
}

internal sealed record UnitDto(Guid Id, string Name, UnitKind Kind, string? AccountableHead, bool IsActive, string? NoticeEmail, uint Version) : IVersioned
{
    public static UnitDto From(Unit unit) =>
        new(unit.Id, unit.Name, unit.Kind, unit.AccountableHead, unit.IsActive, unit.NoticeEmail, unit.Version);
}

internal sealed record CreateUnitRequest(string? Name, UnitKind? Kind, string? AccountableHead) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("name", Name, 100);
        errors.Defined("kind", Kind);
        errors.OptionalText("accountableHead", AccountableHead, 50);
    }
}

internal sealed record UpdateUnitRequest(string? Name, string? AccountableHead, bool IsActive, string? NoticeEmail = null) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("name", Name, 100);
        errors.OptionalText("accountableHead", AccountableHead, 50);
        if (!string.IsNullOrWhiteSpace(NoticeEmail) && !System.Net.Mail.MailAddress.TryCreate(NoticeEmail.Trim(), out _))
        {
            errors.Add("noticeEmail", "validation.email");
        }
    }
}
