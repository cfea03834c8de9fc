using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Persistence;
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
        roles.MapGet("/", List).RequirePermission(PlatformPermissions.RolesView)
            .Describe("ListRoles", "The county's roles", "角色列表");
        roles.MapGet("/{id:guid}", Get).RequirePermission(PlatformPermissions.RolesView)
            .Describe("GetRole", "One role with its permissions", "角色详情");
        roles.MapPost("/", Create).RequirePermission(PlatformPermissions.RolesManage).WithIdempotency<Role>()
            .Describe("CreateRole", "Create a role with permissions", "新建角色");
        roles.MapPut("/{id:guid}", Update).RequirePermission(PlatformPermissions.RolesManage).RequiresIfMatch()
            .Describe("UpdateRole", "Rename a role and set its permissions", "修改角色及其权限");
        api.MapGet("/platform/permissions", (RoleCommands roles) => TypedResults.Ok(roles.GrantableTree()))
            .WithTags("Roles").RequirePermission(PlatformPermissions.RolesView)
            .Describe("ListPermissions", "The permission tree this side may grant", "可授予的权限树");
    }

    private static async Task<Ok<ListResponse<RoleDto>>> List(PageRequest page, PlatformDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await page.ReadAsync(
            db.Roles.AsNoTracking(), r => r.NormalizedName,
            r => new RoleDto(r.Id, r.Name, r.TemplateKey, r.Grants.Select(g => g.Permission).Order().ToList(), r.Version),
            r => Role.Normalize(r.Name), cancellationToken));

    private static async Task<Ok<RoleDto>> Get(Guid id, RoleCommands roles, HttpContext http, CancellationToken cancellationToken)
    {
        var role = await roles.FindAsync(id, cancellationToken);
        http.SetETag(role);
        return TypedResults.Ok(RoleDto.From(role));
    }

    private static Task<Created<RoleDto>> Create(RoleRequest request, RoleCommands roles, HttpContext http, CancellationToken cancellationToken) =>
        http.CreateAsync(
            async () => (await roles.CreateAsync(request.Name!, request.Permissions!, cancellationToken)).Id,
            async id => RoleDto.From(await roles.FindAsync(id, cancellationToken)),
            id => $"/api/platform/roles/{id}");

    private static async Task<Ok<RoleDto>> Update(Guid id, RoleRequest request, RoleCommands roles, HttpContext http, CancellationToken cancellationToken)
    {
        var role = await roles.UpdateAsync(id, http.RequiredIfMatch(), request.Name!, request.Permissions!, cancellationToken);
        http.SetETag(role);
        return TypedResults.Ok(RoleDto.From(role));
    }
}

internal sealed record RoleDto(Guid Id, string Name, string? TemplateKey, IReadOnlyList<string> Permissions, uint Version) : IVersioned
{
    public static RoleDto From(Role r) => new(r.Id, r.Name, r.TemplateKey, [.. r.Grants.Select(g => g.Permission).Order(StringComparer.Ordinal)], r.Version);
}

internal sealed record RoleRequest(string? Name, [property: MaxItems(500)] IReadOnlyList<string>? Permissions) : IValidatable
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
