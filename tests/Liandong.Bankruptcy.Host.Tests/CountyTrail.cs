using Npgsql;

namespace Liandong.Bankruptcy.Host.Tests;

/// <summary>What a sweep compares before and after a refused request: the county's change records.</summary>
internal static class CountyTrail
{
    /// <summary>The county's change records written by requests (message handlers' own, marked "background", aside).</summary>
    public static async Task<long> ChangesAsync(LiandongHostFixture host, TestCounty county, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(host.Database.OwnerConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var count = new NpgsqlCommand(
            "SELECT count(*) FROM platform.audit_changes WHERE tenant_id = @t AND correlation_id <> 'background'", connection);
        count.Parameters.AddWithValue("t", county.Id);
        return (long)(await count.ExecuteScalarAsync(cancellationToken))!;
    }
}
