using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.ProtectedData;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Features.Users;

/// <summary>Creating a user of the county (account and membership in one transaction): the API and the pages alike.</summary>
internal sealed class UserCommands(
    PlatformDbContext db, UserManager<User> users, SignInDirectory directory, ILookupNormalizer normalizer, IProtectedData protectedData)
{
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
