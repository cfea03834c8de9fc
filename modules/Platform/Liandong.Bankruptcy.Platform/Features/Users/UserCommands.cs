using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.ProtectedData;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Features.Users;

/// <summary>Creating a user of the county (account and membership in one transaction): the API and the pages alike.</summary>
internal sealed class UserCommands(
    PlatformDbContext db, UserManager<User> users, SignInDirectory directory, ILookupNormalizer normalizer, IProtectedData protectedData,
    Roles.RoleCommands roles, Auditing.IAuditContext audit)
{
    /// <summary>No one deactivates their own membership: an administrator would lock themselves out of the county (409).</summary>
    private void EnsureNotSelf(Guid userId, bool active)
    {
        if (!active && userId == audit.UserId)
        {
            throw BusinessException.Conflict("platform.cannot_deactivate_self");
        }
    }

    public async Task<Membership> FindMembershipAsync(Guid userId, CancellationToken cancellationToken) =>
        // One member's few roles times their direct grants: a handful of rows in one round trip.
        await db.Memberships.Include(m => m.Roles).Include(m => m.Grants).AsSingleQuery().SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken)
        ?? throw BusinessException.NotFound();

    /// <summary>A member's unit, roles, direct grants and access in this county, based on the version the change was made from.</summary>
    public async Task<Membership> UpdateAccessAsync(Guid userId, uint expectedVersion, UpdateAccessRequest request, CancellationToken cancellationToken)
    {
        EnsureNotSelf(userId, request.IsActive);
        var membership = await FindMembershipAsync(userId, cancellationToken);
        db.ExpectVersion(membership, expectedVersion);
        roles.EnsureGrantable(request.Permissions!);
        await EnsureRolesAndUnit(request.RoleIds!, request.UnitId, cancellationToken);
        membership.SetUnit(request.UnitId);
        membership.SetActive(request.IsActive);
        membership.SetRoles(request.RoleIds!);
        membership.SetGrants(request.Permissions!);
        await db.SaveChangesAsync(cancellationToken);
        return membership;
    }

    public async Task<Membership> CreateAsync(CreateUserRequest request, CancellationToken cancellationToken)
    {
        if (await directory.FindAsync(normalizer.NormalizeName(request.UserName!), cancellationToken) is not null)
        {
            throw BusinessException.Conflict("platform.user_name_taken");
        }

        await EnsureRolesAndUnit(request.RoleIds!, request.UnitId, cancellationToken);
        var user = new User(request.UserName!.Trim(), request.DisplayName!.Trim());
        if (request.IdNumber is { } idNumber)
        {
            var hash = protectedData.HashOf(idNumber.ToUpperInvariant());
            if (await db.Users.AnyAsync(u => u.IdNumber!.Hash == hash, cancellationToken))
            {
                throw BusinessException.Conflict("platform.id_number_taken");
            }

            user.IdNumber = protectedData.Protect(idNumber.ToUpperInvariant());
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, request.Password!);
        if (!created.Succeeded)
        {
            throw created.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal))
                ? BusinessException.Rule("platform.password_rejected")
                : new ValidationException(Invalid("userName"));
        }

        var membership = new Membership(user, request.UnitId);
        membership.SetRoles(request.RoleIds!);
        db.Memberships.Add(membership);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return membership;
    }

    /// <summary>A new password for a user whose home is this county (elsewhere 404); every session of the user ends.</summary>
    public async Task ResetPasswordAsync(Guid userId, string newPassword, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken) ?? throw BusinessException.NotFound();
        foreach (var validator in users.PasswordValidators)
        {
            if (!(await validator.ValidateAsync(users, user, newPassword)).Succeeded)
            {
                throw BusinessException.Rule("platform.password_rejected");
            }
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, newPassword);
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Takes away (or gives back) a member's access to this county; the account itself stays.</summary>
    public async Task SetMembershipActiveAsync(Guid userId, bool active, CancellationToken cancellationToken)
    {
        EnsureNotSelf(userId, active);
        var membership = await FindMembershipAsync(userId, cancellationToken);
        membership.SetActive(active);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task EnsureRolesAndUnit(IReadOnlyList<Guid> roleIds, Guid? unitId, CancellationToken cancellationToken)
    {
        var known = await db.Roles.CountAsync(r => roleIds.Contains(r.Id), cancellationToken);
        if (known != roleIds.Distinct().Count())
        {
            throw new ValidationException(Invalid("roleIds"));
        }

        if (unitId is not null && !await db.Units.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            throw new ValidationException(Invalid("unitId"));
        }
    }

    private static ValidationErrors Invalid(string field)
    {
        var errors = new ValidationErrors();
        errors.Add(field, "validation.invalid_value");
        return errors;
    }
}
