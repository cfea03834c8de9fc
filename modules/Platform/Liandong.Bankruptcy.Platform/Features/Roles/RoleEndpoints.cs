using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Features.Roles;

/// <summary>The county's roles and what each grants; and the permission tree they are chosen from.</summary>
internal static class RoleEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var roles = api.MapGroup("/platform/roles").WithTags("Roles");
        roles.MapGet("/", List).RequirePermission(PlatformPermissions.RolesView);
        roles.MapGet("/{id:guid}", Get).RequirePermission(PlatformPermissions.RolesView);
        roles.MapPost("/", Create).RequirePermission(PlatformPermissions.RolesManage).WithIdempotency();
        roles.MapPut("/{id:guid}", Update).RequirePermission(PlatformPermissions.RolesManage);
        api.MapGet("/platform/permissions", Tree).WithTags("Roles").RequirePermission(PlatformPermissions.RolesView);
    }

    private static async Task<Ok<ListResponse<RoleDto>>> List(PageRequest page, PlatformDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await page.ReadAsync(
            db.Roles.AsNoTracking(), r => r.NormalizedName,
            r => new RoleDto(r.Id, r.Name, r.TemplateKey, r.Grants.Select(g => g.Permission).Order().ToList(), r.Version),
            r => Role.Normalize(r.Name), cancellationToken));

    private static async Task<Ok<RoleDto>> Get(Guid id, PlatformDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var role = await Find(db, id, cancellationToken);
        http.SetETag(role);
        return TypedResults.Ok(RoleDto.From(role));
    }

    private static async Task<Created<RoleDto>> Create(
        RoleRequest request, PlatformDbContext db, PermissionCatalog catalog, ICurrentTenant tenant, HttpContext http, CancellationToken cancellationToken)
    {
        EnsureGrantable(request.Permissions!, catalog, tenant);
        var role = new Role(request.Name!.Trim(), null);
        await EnsureNameFree(db, role.NormalizedName, null, cancellationToken);
        role.SetGrants(request.Permissions!);
        db.Roles.Add(role);
        await db.SaveChangesAsync(cancellationToken);
        http.SetETag(role);
        return TypedResults.Created($"/api/platform/roles/{role.Id}", RoleDto.From(role));
    }

    private static async Task<Ok<RoleDto>> Update(
        Guid id, RoleRequest request, PlatformDbContext db, PermissionCatalog catalog, ICurrentTenant tenant, HttpContext http,
        CancellationToken cancellationToken)
    {
        var expected = http.RequiredIfMatch();
        var role = await Find(db, id, cancellationToken);
        db.ExpectVersion(role, expected);
        EnsureGrantable(request.Permissions!, catalog, tenant);
        role.Rename(request.Name!.Trim());
        await EnsureNameFree(db, role.NormalizedName, id, cancellationToken);
        role.SetGrants(request.Permissions!);
        await db.SaveChangesAsync(cancellationToken);
        http.SetETag(role);
        return TypedResults.Ok(RoleDto.From(role));
    }

    private static Ok<IReadOnlyList<PermissionGroup>> Tree(PermissionCatalog catalog, ICurrentTenant tenant)
    {
        var hostSide = tenant.Id == Tenants.Host;
        IReadOnlyList<PermissionGroup> groups =
        [
            .. catalog.Groups
                .Select(g => g with { Permissions = Visible(g.Permissions, catalog, hostSide) })
                .Where(g => g.Permissions.Count > 0),
        ];
        return TypedResults.Ok(groups);
    }

    private static List<PermissionDefinition> Visible(IEnumerable<PermissionDefinition> permissions, PermissionCatalog catalog, bool hostSide) =>
        [.. permissions.Where(p => catalog.IsGrantable(p.Name, hostSide)).Select(p => p with { Children = Visible(p.Children, catalog, hostSide) })];

    internal static void EnsureGrantable(IEnumerable<string> permissions, PermissionCatalog catalog, ICurrentTenant tenant)
    {
        var hostSide = tenant.Id == Tenants.Host;
        var refused = permissions.FirstOrDefault(p => !catalog.IsGrantable(p, hostSide));
        if (refused is not null)
        {
            throw BusinessException.Rule("platform.unknown_permission", refused);
        }
    }

    private static async Task<Role> Find(PlatformDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Roles.Include(r => r.Grants).SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw BusinessException.NotFound();

    private static async Task EnsureNameFree(PlatformDbContext db, string normalizedName, Guid? except, CancellationToken cancellationToken)
    {
        if (await db.Roles.AnyAsync(r => r.NormalizedName == normalizedName && r.Id != except, cancellationToken))
        {
            throw BusinessException.Conflict("platform.role_name_taken");
        }
    }
}

internal sealed record RoleDto(Guid Id, string Name, string? TemplateKey, IReadOnlyList<string> Permissions, uint Version)
{
    public static RoleDto From(Role r) => new(r.Id, r.Name, r.TemplateKey, [.. r.Grants.Select(g => g.Permission).Order(StringComparer.Ordinal)], r.Version);
}

internal sealed record RoleRequest(string? Name, IReadOnlyList<string>? Permissions) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("name", Name, 50);
        if (Permissions is null)
        {
            errors.Add("permissions", "validation.required");
        }
        else if (Permissions.Count > 500 || Permissions.Any(p => string.IsNullOrWhiteSpace(p) || p.Length > 100))
        {
            errors.Add("permissions", "validation.invalid_value");
        }
    }
}
