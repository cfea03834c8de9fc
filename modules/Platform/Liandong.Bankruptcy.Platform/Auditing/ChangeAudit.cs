using System.Reflection;
using System.Text.Json;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Liandong.Bankruptcy.Platform.Auditing;

/// <summary>
/// Turns the change tracker's pending changes into audit rows: each changed property with its old and new value, a
/// <see cref="ProtectedAttribute"/> property only as "changed". The rows join the same SaveChanges, so they commit
/// (or roll back) with the change they describe.
/// </summary>
internal static class ChangeAudit
{
    private const string Changed = "changed";

    private static readonly HashSet<string> Skipped = [nameof(AggregateRoot.Version), nameof(Entity.CreatedAt), nameof(Entity.UpdatedAt)];

    public static List<AuditChange> Collect(ChangeTracker tracker, IAuditContext context, Guid? currentTenant, DateTimeOffset now)
    {
        var changes = new List<AuditChange>();
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) || !IsAudited(entry.Entity))
            {
                continue;
            }

            if (entry.Entity is ProtectedData.ProtectedValue)
            {
                // A protected value is part of its owner: record the owner's property as changed, nothing of the value.
                var ownership = entry.Metadata.FindOwnership()!;
                var owner = entry.Properties.First(p => p.Metadata.IsPrimaryKey()).CurrentValue?.ToString() ?? "";
                changes.Add(new AuditChange(
                    currentTenant ?? Tenants.Host, context.UserId, context.CorrelationId, ownership.PrincipalEntityType.ClrType.Name, owner,
                    entry.State.ToString(), JsonSerializer.Serialize(new Dictionary<string, string> { [ownership.PrincipalToDependent!.Name] = Changed }), now));
                continue;
            }

            var properties = entry.Properties
                .Where(p => !Skipped.Contains(p.Metadata.Name))
                .Where(p => entry.State != EntityState.Modified || p.IsModified)
                .ToDictionary(p => p.Metadata.Name, p => Describe(entry.State, p));
            if (properties.Count == 0)
            {
                continue;
            }

            if (entry.State == EntityState.Added && entry.Entity is AggregateRoot && entry.Properties.FirstOrDefault(p => p.Metadata.IsPrimaryKey())?.CurrentValue is Guid created)
            {
                context.Created(created);
            }

            var tenant = entry.Entity is ITenantOwned owned && owned.TenantId != Guid.Empty ? owned.TenantId : currentTenant ?? Tenants.Host;
            changes.Add(new AuditChange(
                tenant, context.UserId, context.CorrelationId, entry.Metadata.ClrType.Name,
                entry.Properties.FirstOrDefault(p => p.Metadata.IsPrimaryKey())?.CurrentValue?.ToString() ?? "",
                entry.State.ToString(), JsonSerializer.Serialize(properties), now));
        }

        return changes;
    }

    // The data-protection key ring is key material: it never goes into the audit, not even masked.
    private static bool IsAudited(object entity) =>
        entity is not (AuditChange or AuditRequest or IdempotencyRecord or Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey);

    private static object? Describe(EntityState state, PropertyEntry property)
    {
        if (property.Metadata.PropertyInfo?.GetCustomAttribute<ProtectedAttribute>() is not null)
        {
            return Changed;
        }

        return state switch
        {
            EntityState.Added => new { @new = property.CurrentValue },
            EntityState.Deleted => new { old = property.OriginalValue },
            _ => new { old = property.OriginalValue, @new = property.CurrentValue },
        };
    }
}
