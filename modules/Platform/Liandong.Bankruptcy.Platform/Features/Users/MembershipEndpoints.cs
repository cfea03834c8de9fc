using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Platform.Features.Users;

/// <summary>
/// Host administrators give an officer of a unit that serves several counties a membership in another county (the
/// intermediate court, the property registration centre, the PBoC city branch). Each write runs in its county's scope.
/// </summary>
internal static class MembershipEndpoints
{
    public static void Map(IEndpointRouteBuilder api) =>
        api.MapPost("/host/memberships", Add).WithTags("Users").RequirePermission(PlatformPermissions.HostUsersManage)
            .Describe("AddMembership", "Give a user a membership in another county", "为用户增加其他县区的成员身份");

    private static async Task<Created<MembershipAdded>> Add(
        AddMembershipRequest request, SignInDirectory directory, ILookupNormalizer normalizer, ICurrentTenant currentTenant,
        PlatformDbContext hostDb, HttpContext http, CancellationToken cancellationToken)
    {
        var entry = await directory.FindAsync(normalizer.NormalizeName(request.UserName!), cancellationToken) ?? throw BusinessException.NotFound();
        var county = await hostDb.Counties.AsNoTracking().SingleOrDefaultAsync(c => c.DivisionCode == request.County, cancellationToken)
                     ?? throw BusinessException.NotFound();
        if (entry.In(county.Id) is not null)
        {
            throw BusinessException.Conflict("platform.duplicate");
        }

        User user;
        using (currentTenant.Change(entry.HomeTenantId))
        {
            await using var home = http.RequestServices.CreateAsyncScope();
            user = await home.ServiceProvider.GetRequiredService<PlatformDbContext>().Users.AsNoTracking()
                .SingleAsync(u => u.Id == entry.UserId, cancellationToken);
        }

        using (currentTenant.Change(county.Id))
        {
            await using var scope = http.RequestServices.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            var roles = await db.Roles.Where(r => r.TemplateKey != null && request.RoleKeys!.Contains(r.TemplateKey))
                .Select(r => r.Id).ToListAsync(cancellationToken);
            if (roles.Count != request.RoleKeys!.Distinct().Count())
            {
                var errors = new ValidationErrors();
                errors.Add("roleKeys", "validation.invalid_value");
                throw new ValidationException(errors);
            }

            var membership = new Membership(user, null);
            membership.SetRoles(roles);
            db.Memberships.Add(membership);
            await db.SaveChangesAsync(cancellationToken);
            return TypedResults.Created($"/api/platform/users/{user.Id}", new MembershipAdded(user.Id, county.Id, county.DivisionCode));
        }
    }
}

internal sealed record AddMembershipRequest(string? UserName, string? County, [property: MaxItems(20)] IReadOnlyList<string>? RoleKeys) : IValidatable
{
    public void Validate(ValidationErrors errors)
    {
        errors.RequiredText("userName", UserName, 64);
        errors.RequiredText("county", County, 6);
        if (RoleKeys is null)
        {
            errors.Add("roleKeys", "validation.required");
        }
    }
}

internal sealed record MembershipAdded(Guid UserId, Guid CountyId, string DivisionCode);
