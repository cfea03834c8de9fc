using Microsoft.EntityFrameworkCore;

namespace Liandong.Bankruptcy.Platform.Tenancy;

/// <summary>
/// A hot query whose best plan does not depend on its parameters' values (tenant-scoped, keyset-paged over an index that
/// serves any of them) can ask PostgreSQL to run its prepared statement's generic plan, planned once per connection.
/// By default PostgreSQL plans a prepared statement anew on every execution for as long as the generic plan's estimate
/// looks worse than the custom plans' (the unit inbox: always). Not for a query that needs a plan for its values: a
/// condition whose cost depends on whether it folds away (<c>@p OR EXISTS (…)</c> over many rows), an index that suits
/// some values only (a status with its own partial index); the generic plan cannot know them (forced on every query,
/// the assessment ran ten times slower).
/// </summary>
public static class GenericPlan
{
    /// <summary>The query tag <see cref="TenantCommandInterceptor"/> looks for.</summary>
    public const string Tag = "liandong: generic plan";

    public static IQueryable<T> WithGenericPlan<T>(this IQueryable<T> query) => query.TagWith(Tag);
}
