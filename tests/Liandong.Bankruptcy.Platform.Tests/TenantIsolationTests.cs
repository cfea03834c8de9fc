using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Liandong.Bankruptcy.Platform.Tests;

/// <summary>Both isolation layers: the named EF filter, and PostgreSQL's row-level security on its own.</summary>
public sealed class TenantIsolationTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _a = null!;
    private TestCounty _b = null!;

    public async ValueTask InitializeAsync()
    {
        _a = await host.CreateCountyAsync();
        _b = await host.CreateCountyAsync();
        await AddUnit(_a, "甲县法院");
        await AddUnit(_b, "乙县法院");
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_application_role_sees_only_the_current_countys_rows_and_none_without_a_county()
    {
        await using var connection = await OpenApp();

        (await Count(connection, null)).ShouldBe(0);
        (await Names(connection, _a.Id)).ShouldBe(["甲县法院"]);
        (await Names(connection, _b.Id)).ShouldBe(["乙县法院"]);
    }

    [Fact]
    public async Task The_application_role_cannot_write_a_row_of_another_county()
    {
        await using var connection = await OpenApp();
        await SetTenant(connection, _a.Id);

        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO platform.units (id, tenant_id, name, kind, is_active, created_at, updated_at)
            VALUES (gen_random_uuid(), @other, '越界单位', 'Court', true, now(), now())
            """, connection);
        insert.Parameters.AddWithValue("other", _b.Id);
        var error = await Should.ThrowAsync<PostgresException>(() => insert.ExecuteNonQueryAsync(_ct));
        error.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);

        await using var update = new NpgsqlCommand("UPDATE platform.units SET name = 'x' WHERE tenant_id = @other", connection);
        update.Parameters.AddWithValue("other", _b.Id);
        (await update.ExecuteNonQueryAsync(_ct)).ShouldBe(0);
        await using var delete = new NpgsqlCommand("DELETE FROM platform.units WHERE tenant_id = @other", connection);
        delete.Parameters.AddWithValue("other", _b.Id);
        (await delete.ExecuteNonQueryAsync(_ct)).ShouldBe(0);
        (await Names(connection, _b.Id)).ShouldBe(["乙县法院"]);
    }

    [Theory]
    [InlineData("CREATE TABLE public.intruder (id int)")]
    [InlineData("CREATE TABLE platform.intruder (id int)")]
    [InlineData("CREATE TABLE wolverine.intruder (id int)")]
    [InlineData("CREATE SCHEMA intruder")]
    [InlineData("CREATE TEMP TABLE intruder (id int)")]
    [InlineData("ALTER TABLE platform.units DISABLE ROW LEVEL SECURITY")]
    [InlineData("DROP POLICY tenant_isolation ON platform.units")]
    [InlineData("TRUNCATE platform.units")]
    public async Task The_application_role_cannot_change_the_schema(string sql)
    {
        await using var connection = await OpenApp();
        await using var command = new NpgsqlCommand(sql, connection);

        var error = await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync(_ct));

        error.SqlState.ShouldBeOneOf(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task With_the_ef_filter_ignored_by_name_the_database_still_returns_only_the_current_county()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>();

        using (tenant.Change(_a.Id))
        {
            var names = await db.Units.IgnoreQueryFilters([ModuleDbContext.TenantFilter]).Select(u => u.Name).ToListAsync(_ct);
            names.ShouldBe(["甲县法院"]);
        }

        using (tenant.Change(null))
        {
            (await db.Units.IgnoreQueryFilters([ModuleDbContext.TenantFilter]).CountAsync(_ct)).ShouldBe(0);
        }
    }

    [Fact]
    public async Task One_context_working_through_several_counties_follows_each_scope()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>();
        await db.Database.OpenConnectionAsync(_ct); // one connection throughout: app.tenant_id must follow the scope
        try
        {
            foreach (var (county, expected) in new[] { (_a, "甲县法院"), (_b, "乙县法院"), (_a, "甲县法院") })
            {
                using (tenant.Change(county.Id))
                {
                    (await db.Units.AsNoTracking().Select(u => u.Name).ToListAsync(_ct)).ShouldBe([expected]);
                    var raw = await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM platform.units").ToListAsync(_ct);
                    raw.ShouldBe([expected]);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [Fact]
    public async Task A_rolled_back_transaction_does_not_leave_the_connection_in_the_wrong_county()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>();
        await db.Database.OpenConnectionAsync(_ct);
        try
        {
            using (tenant.Change(_a.Id))
            {
                (await db.Units.CountAsync(_ct)).ShouldBe(1);
            }

            await using (var transaction = await db.Database.BeginTransactionAsync(_ct))
            {
                using (tenant.Change(_b.Id))
                {
                    (await db.Units.Select(u => u.Name).SingleAsync(_ct)).ShouldBe("乙县法院");
                }

                await transaction.RollbackAsync(_ct); // undoes the set_config made inside it: back to county A
            }

            using (tenant.Change(_b.Id))
            {
                var raw = await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM platform.units").ToListAsync(_ct);
                raw.ShouldBe(["乙县法院"]);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [Fact]
    public async Task A_pooled_connection_that_failed_in_one_county_serves_the_next_county_only_its_own_rows()
    {
        // One physical connection (a pool of one): county A's failed query, statement and save, then county B on it.
        var tenant = host.Services.GetRequiredService<ICurrentTenant>();
        var Context = OnePhysicalConnection();
        const string BackendPid = "SELECT pg_backend_pid() AS \"Value\"";

        int countyAsConnection;
        using (tenant.Change(_a.Id))
        {
            await using var db = Context();
            (await db.Units.Select(u => u.Name).ToListAsync(_ct)).ShouldBe(["甲县法院"]);
            countyAsConnection = await db.Database.SqlQueryRaw<int>(BackendPid).SingleAsync(_ct);
            await Should.ThrowAsync<PostgresException>(() => db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\" FROM pg_authid").ToListAsync(_ct)); // not the application role's
            await Should.ThrowAsync<PostgresException>(() => db.Database.ExecuteSqlRawAsync("UPDATE platform.units SET name = NULL", _ct));
            db.Units.Add(new Unit("甲县法院", UnitKind.Court, null)); // a second unit of that name: the save fails
            await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(_ct));
        }

        using (tenant.Change(_b.Id))
        {
            await using var db = Context();
            (await db.Database.SqlQueryRaw<int>(BackendPid).SingleAsync(_ct)).ShouldBe(countyAsConnection);
            (await db.Units.Select(u => u.Name).ToListAsync(_ct)).ShouldBe(["乙县法院"]);
            (await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM platform.units").ToListAsync(_ct)).ShouldBe(["乙县法院"]);
            (await db.Database.ExecuteSqlRawAsync("UPDATE platform.units SET name = name", _ct)).ShouldBe(1);
        }

        using (tenant.Change(null))
        {
            await using var db = Context();
            (await db.Database.SqlQueryRaw<int>(BackendPid).SingleAsync(_ct)).ShouldBe(countyAsConnection);
            (await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM platform.units").ToListAsync(_ct)).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task A_module_command_carries_its_county_and_a_tagged_query_the_generic_plan_and_nothing_is_left_in_the_session()
    {
        var tenant = host.Services.GetRequiredService<ICurrentTenant>();
        var Context = OnePhysicalConnection();
        const string Settings = "SELECT coalesce(current_setting('app.tenant_id', true), '') || '|' || current_setting('plan_cache_mode') AS \"Value\"";

        using (tenant.Change(_a.Id))
        {
            await using var db = Context();
            (await db.Database.SqlQueryRaw<string>(Settings).SingleAsync(_ct)).ShouldBe($"{_a.Id}|auto");
            (await db.Database.SqlQueryRaw<string>(Settings).WithGenericPlan().SingleAsync(_ct)).ShouldBe($"{_a.Id}|force_generic_plan");
            (await db.Units.WithGenericPlan().Select(u => u.Name).ToListAsync(_ct)).ShouldBe(["甲县法院"]);
        }

        // The same physical connection, read past the interceptor: the session is as PostgreSQL opened it.
        await using var raw = Context();
        var connection = raw.Database.GetDbConnection();
        await connection.OpenAsync(_ct);
        await using var command = connection.CreateCommand();
        command.CommandText = Settings;
        (await command.ExecuteScalarAsync(_ct)).ShouldBe("|auto");
    }

    [Fact]
    public async Task Commands_of_two_counties_taking_turns_on_one_physical_connection_each_see_only_their_own_county_even_after_failures()
    {
        var tenant = host.Services.GetRequiredService<ICurrentTenant>();
        var Context = OnePhysicalConnection(pool: $"turns-{Guid.NewGuid():N}");

        // 96 commands at once waiting for one physical connection, the counties interleaved, every third one failing
        // inside its transaction (after its county was set): each answer is its own county's, and nothing else.
        var answers = await Task.WhenAll(Enumerable.Range(0, 96).Select(n => Task.Run(async () =>
        {
            var county = n % 2 == 0 ? _a : _b;
            using var _ = tenant.Change(county.Id);
            await using var db = Context();
            if (n % 3 == 0)
            {
                await Should.ThrowAsync<PostgresException>(() => db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM platform.units, pg_authid").SingleAsync(_ct));
                return (county, Names: (List<string>?)null);
            }

            return (county, Names: await db.Units.IgnoreQueryFilters([ModuleDbContext.TenantFilter]).OrderBy(u => u.Name).Select(u => u.Name).ToListAsync(_ct));
        }, _ct)));

        foreach (var (county, names) in answers.Where(a => a.Names is not null))
        {
            names.ShouldBe([county == _a ? "甲县法院" : "乙县法院"]);
        }

        answers.Count(a => a.Names is not null).ShouldBe(64);
    }

    public enum Refused { InAQuery, InASave, InASavesLaterStatement }

    [Theory]
    [InlineData(Refused.InAQuery)]
    [InlineData(Refused.InASave)]
    [InlineData(Refused.InASavesLaterStatement)]
    public async Task A_value_postgresql_refuses_on_any_use_of_a_statement_leaves_its_later_uses_right(Refused where)
    {
        // Npgsql prepares a statement on its fifth use on a connection; a value refused there (a NUL character) must not
        // spoil the statement for the commands after it, whichever use it was: a query, a save reading back its version,
        // or a save's later statement (refused while EF reads the batch's results, after its first statements ran).
        var tenant = host.Services.GetRequiredService<ICurrentTenant>();
        using var _ = tenant.Change(_a.Id);
        for (var refused = 1; refused <= 7; refused++)
        {
            var Context = OnePhysicalConnection(pool: $"refused-{Guid.NewGuid():N}");
            for (var use = 1; use <= 9; use++)
            {
                await using var db = Context();
                var name = use == refused ? "甲县\0法院" : "甲县法院";
                if (where != Refused.InAQuery)
                {
                    // A later statement: the unit and its audit row come first in the batch, the key (unaudited) after them.
                    var later = where == Refused.InASavesLaterStatement;
                    var unit = new Unit($"{(later ? "甲县法院" : name)}-{refused}-{use}", UnitKind.Court, null);
                    db.Units.Add(unit);
                    if (later)
                    {
                        db.DataProtectionKeys.Add(new() { FriendlyName = $"{name}-{refused}-{use}", Xml = "<key/>" });
                    }

                    if (use == refused)
                    {
                        // A key's name is text (22021); a unit's name also reaches its audit row's JSON (22P05).
                        (await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync(_ct))).InnerException
                            .ShouldBeOfType<PostgresException>().SqlState.ShouldBe(
                                later ? PostgresErrorCodes.CharacterNotInRepertoire : PostgresErrorCodes.UntranslatableCharacter);
                        continue;
                    }

                    await db.SaveChangesAsync(_ct);
                    unit.Version.ShouldNotBe(0u, $"use {use}, refused at {refused}");
                }
                else if (use == refused)
                {
                    (await Should.ThrowAsync<PostgresException>(() => db.Units.Where(u => u.Name == name).Select(u => u.Name).ToListAsync(_ct)))
                        .SqlState.ShouldBe(PostgresErrorCodes.CharacterNotInRepertoire);
                }
                else
                {
                    (await db.Units.Where(u => u.Name == name).Select(u => u.Name).ToListAsync(_ct)).ShouldBe([name], $"use {use}, refused at {refused}");
                }
            }
        }
    }

    [Fact]
    public async Task A_requests_contexts_share_at_most_its_request_connections_and_every_other_scope_the_configured_pool()
    {
        var settings = host.Services.GetRequiredService<DatabaseSettings>();
        settings.Serving.ShouldBeTrue();
        var size = settings.RequestPoolSize;
        var accessor = host.Services.GetRequiredService<IHttpContextAccessor>();
        var tenant = host.Services.GetRequiredService<ICurrentTenant>();

        // Three times as many statements at once as the requests' pool has connections, each holding its connection
        // half a second: in requests' scopes they take turns on at most that many backends (and all answer); in other
        // scopes (a message handler's, a scope a request opens) each has a backend of its own.
        (await Backends(asRequest: true)).Distinct().Count().ShouldBeLessThanOrEqualTo(size);
        (await Backends(asRequest: false)).Distinct().Count().ShouldBe(3 * size);

        // A pooled context leased by a request and then elsewhere follows its scope, not its last lease.
        await using (var request = host.Services.CreateAsyncScope())
        {
            accessor.HttpContext = new DefaultHttpContext { RequestServices = request.ServiceProvider };
            var db = request.ServiceProvider.GetRequiredService<PlatformDbContext>();
            new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).MaxPoolSize.ShouldBe(size);
            accessor.HttpContext = null;
        }

        await using (var other = host.Services.CreateAsyncScope())
        {
            var db = other.ServiceProvider.GetRequiredService<PlatformDbContext>();
            new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString()).MaxPoolSize
                .ShouldBe(new NpgsqlConnectionStringBuilder(settings.ConnectionString).MaxPoolSize);
        }

        async Task<int[]> Backends(bool asRequest) => await Task.WhenAll(Enumerable.Range(0, 3 * size).Select(_ => Task.Run(async () =>
        {
            using var county = tenant.Change(_a.Id);
            await using var scope = host.Services.CreateAsyncScope();
            accessor.HttpContext = asRequest ? new DefaultHttpContext { RequestServices = scope.ServiceProvider } : null;
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            return await db.Database.SqlQueryRaw<int>("SELECT pg_backend_pid() AS \"Value\" FROM pg_sleep(0.5)").SingleAsync(_ct);
        }, _ct)));
    }

    [Fact]
    public async Task The_key_ring_is_read_and_written_synchronously_beside_the_module_contexts()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();

        // Data protection creates and reads keys synchronously: a new key lands in the table and a second reader finds it.
        var keys = host.Services.GetRequiredService<IKeyManager>();
        var key = keys.CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90));
        var stored = await db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml).ToListAsync(_ct);
        stored.ShouldContain(xml => xml!.Contains(key.KeyId.ToString(), StringComparison.Ordinal));
        ActivatorUtilities.CreateInstance<KeyRing>(host.Services).GetAllElements()
            .ShouldContain(e => (string?)e.Attribute("id") == key.KeyId.ToString());
        keys.GetAllKeys().ShouldContain(k => k.KeyId == key.KeyId);
    }

    [Fact]
    public async Task Inserts_are_stamped_with_the_current_county_and_refused_outside_any()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>();

        var unit = new Unit("盖章单位", UnitKind.Finance, null);
        db.Units.Add(unit);
        await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync(_ct));

        using (tenant.Change(_a.Id))
        {
            await db.SaveChangesAsync(_ct);
        }

        unit.TenantId.ShouldBe(_a.Id);
        unit.Version.ShouldNotBe(0u);
    }

    private async Task AddUnit(TestCounty county, string name)
    {
        await using var scope = host.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(county.Id);
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        db.Units.Add(new Unit(name, UnitKind.Court, null));
        await db.SaveChangesAsync(_ct);
    }

    // Contexts of the Platform module on a pool of one physical connection, configured as the host configures them;
    // a new pool of its own when named.
    private Func<PlatformDbContext> OnePhysicalConnection(string pool = "")
    {
        var options = (DbContextOptions<PlatformDbContext>)ModuleServices.Configure(
            new DbContextOptionsBuilder<PlatformDbContext>().UseApplicationServiceProvider(host.Services),
            new NpgsqlConnectionStringBuilder(host.Database.AppConnectionString) { MaxPoolSize = 1, MinPoolSize = 0, ApplicationName = pool }.ConnectionString,
            PlatformDbContext.SchemaName, host.Services.GetRequiredService<TenantCommandInterceptor>()).Options;
        return () => new PlatformDbContext(options);
    }

    private async Task<NpgsqlConnection> OpenApp()
    {
        var connection = new NpgsqlConnection(host.Database.AppConnectionString);
        await connection.OpenAsync(_ct);
        return connection;
    }

    private async Task SetTenant(NpgsqlConnection connection, Guid? tenant)
    {
        await using var set = new NpgsqlCommand("SELECT set_config('app.tenant_id', @t, false)", connection);
        set.Parameters.AddWithValue("t", tenant?.ToString() ?? "");
        await set.ExecuteNonQueryAsync(_ct);
    }

    private async Task<long> Count(NpgsqlConnection connection, Guid? tenant)
    {
        await SetTenant(connection, tenant);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM platform.units", connection);
        return (long)(await count.ExecuteScalarAsync(_ct))!;
    }

    private async Task<List<string>> Names(NpgsqlConnection connection, Guid tenant)
    {
        await SetTenant(connection, tenant);
        await using var query = new NpgsqlCommand("SELECT name FROM platform.units ORDER BY name", connection);
        await using var reader = await query.ExecuteReaderAsync(_ct);
        var names = new List<string>();
        while (await reader.ReadAsync(_ct))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
