using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Liandong.Bankruptcy.Host.Tests;

/// <summary>
/// What the live catalog says about isolation and privileges. Every module schema joins automatically through its
/// DbContext registration; a new table without tenant_id and forced row-level security fails here.
/// </summary>
public sealed class DatabaseCatalogTests(LiandongHostFixture host)
{
    /// <summary>The reviewed list of tables outside row-level security, each with its reason.</summary>
    public static readonly IReadOnlyDictionary<string, string> OutsideRowLevelSecurity = new Dictionary<string, string>
    {
        ["platform.counties"] = "the county registry: host-level reference data, read before any county is chosen",
        ["*.__ef_migrations_history"] = "each module's migrations history, touched only by the migrate step",
    };

    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_table_of_every_module_schema_has_tenant_id_and_forced_row_level_security()
    {
        var schemas = ModuleSchemas();
        schemas.ShouldContain("platform");

        var tables = await Query(host.Database.AdminConnectionString,
            """
            SELECT n.nspname || '.' || c.relname, c.relrowsecurity, c.relforcerowsecurity,
                   EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped),
                   EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation')
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY(@schemas)
            """, r => (Name: r.GetString(0), Rls: r.GetBoolean(1), Forced: r.GetBoolean(2), Tenant: r.GetBoolean(3), Policy: r.GetBoolean(4)),
            ("schemas", schemas));

        tables.ShouldNotBeEmpty();
        var unprotected = tables
            .Where(t => !Reviewed(t.Name))
            .Where(t => !(t.Rls && t.Forced && t.Tenant && t.Policy))
            .Select(t => t.Name)
            .ToList();
        unprotected.ShouldBeEmpty();
        tables.Count(t => !Reviewed(t.Name)).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task The_three_roles_have_the_attributes_of_the_architecture()
    {
        var roles = await Query(host.Database.AdminConnectionString,
            "SELECT rolname, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname LIKE 'liandong\\_%'",
            r => (Name: r.GetString(0), Super: r.GetBoolean(1), Bypass: r.GetBoolean(2), CreateRole: r.GetBoolean(3), CreateDb: r.GetBoolean(4)));

        roles.Select(r => r.Name).Order().ShouldBe(["liandong_app", "liandong_owner", "liandong_reader"]);
        roles.ShouldAllBe(r => !r.Super && !r.CreateRole && !r.CreateDb);
        roles.Single(r => r.Name == "liandong_owner").Bypass.ShouldBeTrue();
        roles.Single(r => r.Name == "liandong_app").Bypass.ShouldBeFalse();
        roles.Single(r => r.Name == "liandong_reader").Bypass.ShouldBeFalse();
    }

    [Fact]
    public async Task The_owner_owns_every_schema_and_table_and_the_application_role_owns_nothing()
    {
        var owners = await Query(host.Database.AdminConnectionString,
            """
            SELECT n.nspname, pg_get_userbyid(n.nspowner), coalesce(string_agg(DISTINCT pg_get_userbyid(c.relowner), ','), '')
            FROM pg_namespace n LEFT JOIN pg_class c ON c.relnamespace = n.oid
            WHERE n.nspname = ANY(@schemas) GROUP BY n.nspname, n.nspowner
            """, r => (Schema: r.GetString(0), SchemaOwner: r.GetString(1), TableOwners: r.GetString(2)),
            ("schemas", AllSchemas()));

        owners.Count.ShouldBe(AllSchemas().Length);
        owners.ShouldAllBe(o => o.SchemaOwner == "liandong_owner" && o.TableOwners == "liandong_owner");
        var appOwns = await Query(host.Database.AdminConnectionString,
            "SELECT count(*) FROM pg_class WHERE relowner = 'liandong_app'::regrole",
            r => r.GetInt64(0));
        appOwns.ShouldBe([0L]);
    }

    [Fact]
    public async Task The_grant_matrix_gives_each_role_exactly_what_it_needs()
    {
        var grants = await Query(host.Database.AdminConnectionString,
            """
            SELECT t.schemaname || '.' || t.tablename, r.rolname,
                   array_to_string(ARRAY(
                       SELECT p FROM unnest(ARRAY['SELECT','INSERT','UPDATE','DELETE','TRUNCATE','REFERENCES','TRIGGER']) p
                       WHERE has_table_privilege(r.oid, format('%I.%I', t.schemaname, t.tablename), p)), ',')
            FROM pg_tables t CROSS JOIN pg_roles r
            WHERE t.schemaname = ANY(@schemas) AND r.rolname IN ('liandong_app', 'liandong_reader')
            """, r => (Table: r.GetString(0), Role: r.GetString(1), Privileges: r.GetString(2)),
            ("schemas", AllSchemas()));

        grants.ShouldNotBeEmpty();
        grants.Where(g => g.Role == "liandong_app" && !g.Table.EndsWith("__ef_migrations_history", StringComparison.Ordinal))
            .ShouldAllBe(g => g.Privileges == "SELECT,INSERT,UPDATE,DELETE");
        grants.Where(g => g.Role == "liandong_reader").ShouldAllBe(g => g.Privileges == "SELECT");
    }

    private static bool Reviewed(string table) =>
        OutsideRowLevelSecurity.ContainsKey(table) ||
        OutsideRowLevelSecurity.ContainsKey("*." + table[(table.IndexOf('.', StringComparison.Ordinal) + 1)..]);

    private string[] ModuleSchemas() =>
        host.Services.GetServices<ModuleDbContextRegistration>().Select(r => r.Schema).ToArray();

    private string[] AllSchemas() => [.. ModuleSchemas(), "wolverine"];

    private async Task<List<T>> Query<T>(string connectionString, string sql, Func<NpgsqlDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(_ct);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync(_ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(_ct))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
