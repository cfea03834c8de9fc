using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Features.Roles;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.ProtectedData;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Features.Users;

/// <summary>
/// The people who work in the county: its members (users whose home it is, and officers of units serving several
/// counties), their unit, roles and direct grants here; and, for users whose home county it is, the account itself.
/// </summary>
internal static class UserEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var users = api.MapGroup("/platform/users").WithTags("Users");
        users.MapGet("/", List).RequirePermission(PlatformPermissions.UsersView)
            .Describe("ListUsers", "The county's members", "用户列表");
        users.MapGet("/{id:guid}", Get).RequirePermission(PlatformPermissions.UsersView)
            .Describe("GetUser", "One member with unit, roles and grants", "用户详情");
        users.MapPost("/", Create).RequirePermission(PlatformPermissions.UsersManage).WithIdempotency<User>()
            .Describe("CreateUser", "Create an account and its membership", "新建用户");
        users.MapPut("/{id:guid}/access", UpdateAccess).RequirePermission(PlatformPermissions.UsersManage).RequiresIfMatch()
            .Describe("UpdateUserAccess", "Set a member's unit, roles, grants and state", "修改用户的单位、角色、授权与状态");
        users.MapGet("/{id:guid}/account", GetAccount).RequirePermission(PlatformPermissions.UsersView)
            .Describe("GetUserAccount", "A user's account, the ID number masked", "用户账号（身份证号脱敏）");
        users.MapPut("/{id:guid}/account", UpdateAccount).RequirePermission(PlatformPermissions.UsersManage).RequiresIfMatch()
            .Describe("UpdateUserAccount", "Update a user's account (home county only)", "修改用户账号");
        users.MapGet("/{id:guid}/id-number", RevealIdNumber).RequirePermission(PlatformPermissions.ProtectedDataRead)
            .Describe("RevealUserIdNumber", "A user's ID number in full (audited)", "查看完整身份证号（留痕）");
        users.MapPost("/{id:guid}/password", ResetPassword).RequirePermission(PlatformPermissions.UsersManage)
            .Describe("ResetUserPassword", "Set a new password for a user", "重置用户密码");
    }

    private static async Task<Ok<ListResponse<MemberDto>>> List(PageRequest page, PlatformDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await page.ReadAsync(
            db.Memberships.AsNoTracking().AsSplitQuery(), m => m.UserName, // roles and grants: not a row per role times grant
            m => new MemberDto(m.UserId, m.UserName, m.DisplayName, m.UnitId, m.IsActive,
                m.Roles.Select(r => r.RoleId).ToList(), m.Grants.Select(g => g.Permission).ToList(), m.Version),
            m => m.UserName, cancellationToken));

    private static async Task<Ok<MemberDto>> Get(Guid id, UserCommands users, HttpContext http, CancellationToken cancellationToken)
    {
        var membership = await users.FindMembershipAsync(id, cancellationToken);
        http.SetETag(membership);
        return TypedResults.Ok(MemberDto.From(membership));
    }

    private static Task<Created<MemberDto>> Create(
        CreateUserRequest request, UserCommands commands, HttpContext http, CancellationToken cancellationToken) =>
        http.CreateAsync(
            async () => (await commands.CreateAsync(request, cancellationToken)).UserId,
            async id => MemberDto.From(await commands.FindMembershipAsync(id, cancellationToken)),
            id => $"/api/platform/users/{id}");

    private static async Task<Ok<MemberDto>> UpdateAccess(
        Guid id, UpdateAccessRequest request, UserCommands users, HttpContext http, CancellationToken cancellationToken)
    {
        var membership = await users.UpdateAccessAsync(id, http.RequiredIfMatch(), request, cancellationToken);
        http.SetETag(membership);
        return TypedResults.Ok(MemberDto.From(membership));
    }

    private static async Task<Ok<AccountDto>> GetAccount(Guid id, PlatformDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw BusinessException.NotFound();
        http.SetETag(user);
        return TypedResults.Ok(AccountDto.From(user));
    }

    /// <summary>The ID number in full: a permission of its own, and every read is audited.</summary>
    private static async Task<Ok<RevealedIdNumber>> RevealIdNumber(
        Guid id, PlatformDbContext db, IProtectedData protectedData, HttpContext http, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw BusinessException.NotFound();
        var value = user.IdNumber ?? throw BusinessException.NotFound();
        return TypedResults.Ok(new RevealedIdNumber(
            await protectedData.RevealAsync(http.User, nameof(User), user.Id.ToString(), nameof(User.IdNumber), value, cancellationToken)));
    }

    /// <summary>The account itself (name, active): only in the user's home county; elsewhere it does not exist (404).</summary>
    private static async Task<Ok<AccountDto>> UpdateAccount(
        Guid id, UpdateAccountRequest request, PlatformDbContext db, HttpContext http, CancellationToken cancellationToken)
    {
        var expected = http.RequiredIfMatch();
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw BusinessException.NotFound();
        db.ExpectVersion(user, expected);
        user.Rename(request.DisplayName!.Trim());
        if (request.IsActive)
        {
            user.Activate();
        }
        else
        {
            user.Deactivate();
        }

        await db.SaveChangesAsync(cancellationToken);
        http.SetETag(user);
        return TypedResults.Ok(AccountDto.From(user));
    }

    private static async Task<NoContent> ResetPassword(
        Guid id, ResetPasswordRequest request, UserCommands users, CancellationToken cancellationToken)
    {
        await users.ResetPasswordAsync(id, request.NewPassword!, cancellationToken);
        return TypedResults.NoContent();
    }

}

internal sealed record MemberDto(
    Guid UserId, string UserName, string DisplayName, Guid? UnitId, bool IsActive, IReadOnlyList<Guid> RoleIds, IReadOnlyList<string> Permissions, uint Version) : IVersioned
{
    public static MemberDto From(Membership m) => new(
        m.UserId, m.UserName, m.DisplayName, m.UnitId, m.IsActive, [.. m.Roles.Select(r => r.RoleId)], [.. m.Grants.Select(g => g.Permission)], m.Version);
}

/// <summary>The account; the ID number serializes masked (<see cref="ProtectedValue"/>).</summary>
internal sealed record AccountDto(Guid UserId, string UserName, string DisplayName, bool IsActive, ProtectedValue? IdNumber, uint Version)
{
    public static AccountDto From(User u) => new(u.Id, u.UserName, u.DisplayName, u.IsActive, u.IdNumber, u.Version);
}

internal sealed record RevealedIdNumber(string IdNumber);

internal sealed record CreateUserRequest(
    string? UserName, string? DisplayName, string? Password, Guid? UnitId, [property: MaxItems(50)] IReadOnlyList<Guid>? RoleIds, string? IdNumber = null) : IValidatable
{
    public override string ToString() => $"CreateUserRequest {{ UserName = {UserName} }}"; // never the password or the ID number

    public void Validate(ValidationErrors errors)
    {
        if (IdNumber is not null && !ResidentIdNumber.IsValid(IdNumber))
        {
            errors.Add("idNumber", "validation.id_number");
        }

        errors.RequiredText("userName", UserName, 64);
        if (UserName is not null && UserName.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_')))
        {
            errors.Add("userName", "validation.invalid_value");
        }

        errors.RequiredText("displayName", DisplayName, 50);
        errors.RequiredText("password", Password, 128);
        if (RoleIds is null)
        {
            errors.Add("roleIds", "validation.required");
        }
    }
}

internal sealed record UpdateAccessRequest(Guid? UnitId, [property: MaxItems(50)] IReadOnlyList<Guid>? RoleIds, [property: MaxItems(500)] IReadOnlyList<string>? Permissions, bool IsActive) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        if (RoleIds is null)
        {
            errors.Add("roleIds", "validation.required");
        }

        if (Permissions is null)
        {
            errors.Add("permissions", "validation.required");
        }
    }
}

internal sealed record UpdateAccountRequest(string? DisplayName, bool IsActive) : IValidatable
{
    public void Validate(ValidationErrors errors) => errors.RequiredText("displayName", DisplayName, 50);
}

internal sealed record ResetPasswordRequest(string? NewPassword) : IValidatable
{
    public void Validate(ValidationErrors errors) => errors.RequiredText("newPassword", NewPassword, 128);
}
