using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Persistence;
using Npgsql;

namespace Liandong.Bankruptcy.Platform.Identity;

/// <summary>A user as seen before any county scope: identity, flags and the counties they may work in.</summary>
public sealed record DirectoryEntry(Guid UserId, Guid HomeTenantId, bool IsActive, string SecurityStamp, IReadOnlyList<CountyMembership> Memberships)
{
    public CountyMembership? In(Guid tenantId) => Memberships.FirstOrDefault(m => m.TenantId == tenantId);
}

/// <summary>One county a user may work in; <see cref="IsUsable"/> only while both the membership and the county are active.</summary>
public sealed record CountyMembership(Guid TenantId, string DivisionCode, string Name, bool IsActive, bool CountyActive, MemberUnit? Unit = null)
{
    public bool IsUsable => IsActive && CountyActive;
}

/// <summary>
/// Reads <c>platform.sign_in_directory</c>, the one SECURITY DEFINER function, and caches the answer under the access
/// version (<see cref="AccessCache{TKey, TValue}"/>): a change anywhere (a deactivated user or county, a revoked
/// membership) is seen by every host at once.
/// </summary>
public sealed class SignInDirectory(DatabaseSettings database, AccessVersion version)
{
    private static readonly CountyMembership HostSide = new(Tenants.Host, "host", "平台管理", true, true, null);

    // Unknown names are not kept: sign-in attempts with made-up names must not grow the cache.
    private readonly AccessCache<string, DirectoryEntry?> _cache = new(version, StringComparer.Ordinal, keep: entry => entry is not null);

    public ValueTask<DirectoryEntry?> FindAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        _cache.GetAsync(normalizedUserName, LoadAsync, cancellationToken);

    // Shared by every request that misses at once (AccessCache), so no one request's cancellation ends it.
    private async Task<DirectoryEntry?> LoadAsync(string normalizedUserName)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT * FROM platform.sign_in_directory(@name)", connection);
        command.Parameters.AddWithValue("name", normalizedUserName);
        await using var reader = await command.ExecuteReaderAsync();
        DirectoryEntry? entry = null;
        var memberships = new List<CountyMembership>();
        while (await reader.ReadAsync())
        {
            entry ??= new DirectoryEntry(reader.GetGuid(0), reader.GetGuid(1), reader.GetBoolean(2), reader.GetString(3), memberships);
            if (reader.IsDBNull(4))
            {
                continue;
            }

            var tenant = reader.GetGuid(4);
            var unit = reader.IsDBNull(9) ? null : new MemberUnit(reader.GetGuid(9), Enum.Parse<Domain.UnitKind>(reader.GetString(10)));
            memberships.Add(tenant == Tenants.Host
                ? HostSide with { IsActive = reader.GetBoolean(7), Unit = unit }
                : new CountyMembership(tenant, reader.GetString(5), reader.GetString(6), reader.GetBoolean(7), reader.GetBoolean(8), unit));
        }

        memberships.Sort((a, b) => string.CompareOrdinal(a.DivisionCode, b.DivisionCode));
        return entry;
    }
}
