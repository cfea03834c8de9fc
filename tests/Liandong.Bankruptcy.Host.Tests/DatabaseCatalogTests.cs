using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Liandong.Bankruptcy.Host.Tests;

/// <summary>
/// What the live catalog and the EF model say about isolation and privileges. Every module schema joins through its
/// DbContext registration; each check also runs on a deliberately broken sample schema and must report it.
/// </summary>
public sealed class DatabaseCatalogTests(LiandongHostFixture host) : IAsyncLifetime
{
    private const string Sample = "harness_sample";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly Guid _countyA = Guid.CreateVersion7();

    public async ValueTask InitializeAsync() =>
        // The broken sample: a table without RLS, one whose policy lets every county through, one with excess grants.
        await Owner($"""
            CREATE SCHEMA {Sample};
            CREATE TABLE {Sample}.no_rls (id uuid PRIMARY KEY, tenant_id uuid NOT NULL);
            CREATE TABLE {Sample}.open_policy (id uuid PRIMARY KEY, tenant_id uuid NOT NULL);
            ALTER TABLE {Sample}.open_policy ENABLE ROW LEVEL SECURITY;
            ALTER TABLE {Sample}.open_policy FORCE ROW LEVEL SECURITY;
            CREATE POLICY tenant_isolation ON {Sample}.open_policy USING (true) WITH CHECK (true);
            INSERT INTO {Sample}.open_policy VALUES (gen_random_uuid(), '{_countyA}'), (gen_random_uuid(), gen_random_uuid());
            INSERT INTO {Sample}.no_rls VALUES (gen_random_uuid(), gen_random_uuid());
            GRANT TRUNCATE ON {Sample}.no_rls TO liandong_app;
            """);

    public async ValueTask DisposeAsync() => await Owner($"DROP SCHEMA IF EXISTS {Sample} CASCADE");

    [Fact]
    public async Task Every_table_of_every_module_schema_has_tenant_id_and_forced_row_level_security()
    {
        var schemas = ModuleSchemas();
        schemas.ShouldContain("platform");

        (await IsolationHarness.UnprotectedTables(host.Database.AdminConnectionString, schemas, _ct)).ShouldBeEmpty();
        (await IsolationHarness.UnprotectedTables(host.Database.AdminConnectionString, [Sample], _ct))
            .ShouldBe([$"{Sample}.no_rls", $"{Sample}.open_policy"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_database_alone_shows_no_row_without_a_county_and_none_of_another_county()
    {
        var county = await host.CreateCountyAsync();
        using (var client = host.CreateClient(await host.CreateUserAsync(county, Platform.PlatformPermissions.UnitsManage)))
        {
            (await client.PostAsync("/api/platform/units", System.Net.Http.Json.JsonContent.Create(new { name = "本县法院", kind = "Court" }), _ct))
                .StatusCode.ShouldBe(System.Net.HttpStatusCode.Created);
        }

        (await IsolationHarness.LeakingTables(host.Database.AdminConnectionString, host.Database.AppConnectionString, ModuleSchemas(), county.Id, _ct))
            .ShouldBeEmpty();
        await Owner($"GRANT USAGE ON SCHEMA {Sample} TO liandong_app; GRANT SELECT ON ALL TABLES IN SCHEMA {Sample} TO liandong_app;");
        (await IsolationHarness.LeakingTables(host.Database.AdminConnectionString, host.Database.AppConnectionString, [Sample], _countyA, _ct))
            .ShouldBe([$"{Sample}.no_rls: rows visible without a county", $"{Sample}.no_rls: another county's rows visible",
                       $"{Sample}.open_policy: rows visible without a county", $"{Sample}.open_policy: another county's rows visible"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_grant_matrix_gives_the_application_role_exactly_dml_and_the_reader_select()
    {
        string[] schemas = [.. ModuleSchemas(), "wolverine"];

        (await IsolationHarness.ExcessGrants(host.Database.AdminConnectionString, schemas, _ct)).ShouldBeEmpty();
        var reader = await IsolationHarness.Query(host.Database.AdminConnectionString,
            """
            SELECT count(*) FROM pg_tables t WHERE t.schemaname = ANY(@schemas)
              AND (NOT has_table_privilege('liandong_reader', format('%I.%I', t.schemaname, t.tablename), 'SELECT')
                   OR has_table_privilege('liandong_reader', format('%I.%I', t.schemaname, t.tablename), 'INSERT,UPDATE,DELETE,TRUNCATE'))
            """, r => r.GetInt64(0), _ct, ("schemas", schemas));
        reader.ShouldBe([0L]);
        (await IsolationHarness.ExcessGrants(host.Database.AdminConnectionString, [Sample], _ct))
            .ShouldContain(g => g.StartsWith($"{Sample}.no_rls: ", StringComparison.Ordinal) && g.Contains("TRUNCATE", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_tenant_owned_entity_of_every_module_has_the_named_tenant_filter()
    {
        foreach (var registration in host.Services.GetServices<ModuleDbContextRegistration>())
        {
            using var scope = host.Services.CreateScope();
            var model = ((DbContext)scope.ServiceProvider.GetRequiredService(registration.ContextType)).Model;
            TenantFilterHarness.Missing(model).ShouldBeEmpty();
            model.GetEntityTypes().ShouldContain(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType));
        }

        using var broken = new SampleContext();
        TenantFilterHarness.Missing(broken.Model).ShouldBe([nameof(SampleRow)]);
    }

    [Fact]
    public async Task The_three_roles_have_the_attributes_of_the_architecture()
    {
        var roles = await IsolationHarness.Query(host.Database.AdminConnectionString,
            "SELECT rolname, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname LIKE 'liandong\\_%'",
            r => (Name: r.GetString(0), Super: r.GetBoolean(1), Bypass: r.GetBoolean(2), CreateRole: r.GetBoolean(3), CreateDb: r.GetBoolean(4)), _ct);

        roles.Select(r => r.Name).Order().ShouldBe(["liandong_app", "liandong_owner", "liandong_reader"]);
        roles.ShouldAllBe(r => !r.Super && !r.CreateRole && !r.CreateDb);
        roles.Single(r => r.Name == "liandong_owner").Bypass.ShouldBeTrue();
        roles.Single(r => r.Name == "liandong_app").Bypass.ShouldBeFalse();
        roles.Single(r => r.Name == "liandong_reader").Bypass.ShouldBeFalse();
    }

    [Fact]
    public async Task The_owner_owns_every_schema_and_table_and_the_application_role_owns_nothing()
    {
        string[] schemas = [.. ModuleSchemas(), "wolverine"];
        var owners = await IsolationHarness.Query(host.Database.AdminConnectionString,
            """
            SELECT n.nspname, pg_get_userbyid(n.nspowner), coalesce(string_agg(DISTINCT pg_get_userbyid(c.relowner), ','), '')
            FROM pg_namespace n LEFT JOIN pg_class c ON c.relnamespace = n.oid
            WHERE n.nspname = ANY(@schemas) GROUP BY n.nspname, n.nspowner
            """, r => (Schema: r.GetString(0), SchemaOwner: r.GetString(1), TableOwners: r.GetString(2)), _ct, ("schemas", schemas));

        owners.Count.ShouldBe(schemas.Length);
        owners.ShouldAllBe(o => o.SchemaOwner == "liandong_owner" && o.TableOwners == "liandong_owner");
        (await IsolationHarness.Query(host.Database.AdminConnectionString,
            "SELECT count(*) FROM pg_class WHERE relowner = 'liandong_app'::regrole", r => r.GetInt64(0), _ct)).ShouldBe([0L]);
    }

    private string[] ModuleSchemas() =>
        host.Services.GetServices<ModuleDbContextRegistration>().Select(r => r.Schema).ToArray();

    private Task Owner(string sql) => host.Database.ExecuteAsOwnerAsync(sql);

    /// <summary>A context that forgot the tenant filter (not a ModuleDbContext): the model check must report it.</summary>
    private sealed class SampleContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseNpgsql("Host=unused");

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<SampleRow>();
    }

    private sealed class SampleRow : ITenantOwned
    {
        public Guid Id { get; set; }

        public Guid TenantId { get; set; }
    }
}

/// <summary>Tenant-owned entities of a model that lack the named tenant filter.</summary>
public static class TenantFilterHarness
{
    public static IReadOnlyList<string> Missing(IModel model) =>
        model.GetEntityTypes()
            .Where(e => typeof(ITenantOwned).IsAssignableFrom(e.ClrType) && e.FindDeclaredQueryFilter(ModuleDbContext.TenantFilter) is null)
            .Select(e => e.ClrType.Name)
            .ToList();
}
