using Npgsql;

namespace Liandong.Bankruptcy.Host.Tests;

/// <summary>
/// The isolation checks as functions of a database and a set of schemas, so each runs on the product's schemas and
/// on a deliberately broken sample schema alike.
/// </summary>
public static class IsolationHarness
{
    /// <summary>The reviewed list of tables outside row-level security, each with its reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> OutsideRowLevelSecurity = new Dictionary<string, string>
    {
        ["platform.counties"] = "the county registry: host-level reference data, read before any county is chosen",
        ["platform.data_protection_keys"] = "the hosts' shared key ring for cookies and tokens, read before any county is known",
        ["*.__ef_migrations_history"] = "each module's migrations history, touched only by the migrate step",
    };

    /// <summary>The fail-closed policy of toolchain.md, as PostgreSQL prints it back.</summary>
    public const string FailClosed = "(tenant_id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid)";

    /// <summary>
    /// Tables lacking tenant_id, ENABLE or FORCE row-level security, or the fail-closed tenant policy for every command
    /// (and no other permissive policy that would widen it).
    /// </summary>
    public static async Task<List<string>> UnprotectedTables(string adminConnection, string[] schemas, CancellationToken ct)
    {
        var tables = await Query(adminConnection,
            """
            SELECT n.nspname || '.' || c.relname, c.relrowsecurity AND c.relforcerowsecurity
                   AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
                   AND EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation' AND p.polcmd = '*'
                               AND pg_get_expr(p.polqual, p.polrelid) = @failClosed AND pg_get_expr(p.polwithcheck, p.polrelid) = @failClosed)
                   AND NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname <> 'tenant_isolation' AND p.polpermissive)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY(@schemas)
            """, r => (Name: r.GetString(0), Protected: r.GetBoolean(1)), ct, ("schemas", schemas), ("failClosed", FailClosed));
        return tables.Where(t => !Reviewed(t.Name) && !t.Protected).Select(t => t.Name).ToList();
    }

    /// <summary>Append-only tables: the application role may insert and read them, never change or delete.</summary>
    public static readonly IReadOnlySet<string> AppendOnly = new HashSet<string> { "platform.audit_requests", "platform.audit_changes" };

    /// <summary>
    /// Tables where the application role holds other than exactly SELECT, INSERT, UPDATE, DELETE (SELECT, INSERT on
    /// the append-only ones).
    /// </summary>
    public static async Task<List<string>> ExcessGrants(string adminConnection, string[] schemas, CancellationToken ct) =>
        (await Query(adminConnection,
            """
            SELECT t.schemaname || '.' || t.tablename, array_to_string(ARRAY(
                       SELECT p FROM unnest(ARRAY['SELECT','INSERT','UPDATE','DELETE','TRUNCATE','REFERENCES','TRIGGER']) p
                       WHERE has_table_privilege('liandong_app', format('%I.%I', t.schemaname, t.tablename), p)), ',')
            FROM pg_tables t WHERE t.schemaname = ANY(@schemas) AND t.tablename <> '__ef_migrations_history'
            """, r => (Table: r.GetString(0), Privileges: r.GetString(1)), ct, ("schemas", schemas)))
        .Where(g => g.Privileges != (AppendOnly.Contains(g.Table) ? "SELECT,INSERT" : "SELECT,INSERT,UPDATE,DELETE"))
        .Select(g => $"{g.Table}: {g.Privileges}")
        .ToList();

    /// <summary>
    /// The database alone, as the application role with no EF filter: for each tenant-owned table, rows visible
    /// without a county, and rows of another county visible inside <paramref name="county"/>.
    /// </summary>
    public static async Task<List<string>> LeakingTables(string adminConnection, string appConnection, string[] schemas, Guid county, CancellationToken ct)
    {
        var tables = await Query(adminConnection,
            """
            SELECT format('%I.%I', table_schema, table_name) FROM information_schema.columns
            WHERE column_name = 'tenant_id' AND table_schema = ANY(@schemas)
            """, r => r.GetString(0), ct, ("schemas", schemas));
        var leaks = new List<string>();
        await using var connection = new NpgsqlConnection(appConnection);
        await connection.OpenAsync(ct);
        foreach (var table in tables)
        {
            if (await Count(connection, "", $"SELECT count(*) FROM {table}", ct) > 0)
            {
                leaks.Add($"{table}: rows visible without a county");
            }

            if (await Count(connection, county.ToString(), $"SELECT count(*) FROM {table} WHERE tenant_id <> '{county}'", ct) > 0)
            {
                leaks.Add($"{table}: another county's rows visible");
            }
        }

        return leaks;
    }

    private static async Task<long> Count(NpgsqlConnection connection, string tenant, string sql, CancellationToken ct)
    {
        await using (var set = new NpgsqlCommand("SELECT set_config('app.tenant_id', @t, false)", connection))
        {
            set.Parameters.AddWithValue("t", tenant);
            await set.ExecuteNonQueryAsync(ct);
        }

        await using var count = new NpgsqlCommand(sql, connection);
        return (long)(await count.ExecuteScalarAsync(ct))!;
    }

    private static bool Reviewed(string table) =>
        OutsideRowLevelSecurity.ContainsKey(table) ||
        OutsideRowLevelSecurity.ContainsKey("*." + table[(table.IndexOf('.', StringComparison.Ordinal) + 1)..]);

    public static async Task<List<T>> Query<T>(
        string connectionString, string sql, Func<NpgsqlDataReader, T> read, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
