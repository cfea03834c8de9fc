using Npgsql;

namespace Liandong.Bankruptcy.Host.Tests;

/// <summary>
/// The migrate step: reference data for Luoyang, each county's units written in that county's scope, idempotent.
/// It seeds every registered county, so it runs on a database of its own, never under other test classes.
/// </summary>
public sealed class MigrateStepTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync("migrate");

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Luoyangs_fifteen_tenants_are_seeded_each_with_its_own_units()
    {
        var perCounty = await UnitsPerLuoyangCounty();

        perCounty.Count.ShouldBe(15);
        perCounty.Keys.ShouldContain("410300");
        perCounty.Keys.ShouldContain("410305");
        perCounty.Values.ShouldAllBe(n => n == 15);
    }

    [Fact]
    public async Task Running_the_migrate_step_again_changes_nothing()
    {
        var before = await UnitsPerLuoyangCounty();

        await TestDatabase.MigrateAsync(_database.OwnerConnectionString);

        (await UnitsPerLuoyangCounty()).ShouldBe(before);
    }

    [Fact]
    public async Task The_city_level_units_carry_city_names()
    {
        await using var connection = new NpgsqlConnection(_database.OwnerConnectionString);
        await connection.OpenAsync(_ct);
        await using var command = new NpgsqlCommand(
            """
            SELECT u.name FROM platform.units u JOIN platform.counties c ON c.id = u.tenant_id
            WHERE c.division_code = '410300' AND u.kind = 'Court'
            """, connection);

        (await command.ExecuteScalarAsync(_ct)).ShouldBe("洛阳市中级人民法院");
    }

    [Fact]
    public async Task Migrating_gives_template_roles_new_template_grants_but_never_back_a_removed_one()
    {
        // 涧西区's administrator removed the audit permission from its admin role; and Units.Manage plays a grant that a
        // module newly gives the admin template (never received by the county).
        await Owner("""
            DELETE FROM platform.role_grants g USING platform.roles r, platform.counties c
            WHERE g.role_id = r.id AND r.tenant_id = c.id AND c.division_code = '410305' AND r.template_key = 'admin'
              AND g.permission IN ('Platform.Audit', 'Platform.Units.Manage');
            DELETE FROM platform.applied_template_grants a USING platform.counties c
            WHERE a.tenant_id = c.id AND c.division_code = '410305' AND a.role_key = 'admin' AND a.permission = 'Platform.Units.Manage';
            """);

        await TestDatabase.MigrateAsync(_database.OwnerConnectionString);

        var grants = await AdminGrantsOf("410305");
        grants.ShouldContain("Platform.Units.Manage");
        grants.ShouldNotContain("Platform.Audit");
        (await AdminGrantsOf("410302")).ShouldContain("Platform.Audit");
    }

    private async Task<List<string>> AdminGrantsOf(string divisionCode)
    {
        await using var connection = new NpgsqlConnection(_database.OwnerConnectionString);
        await connection.OpenAsync(_ct);
        await using var command = new NpgsqlCommand(
            """
            SELECT g.permission FROM platform.role_grants g JOIN platform.roles r ON r.id = g.role_id JOIN platform.counties c ON c.id = r.tenant_id
            WHERE c.division_code = @code AND r.template_key = 'admin'
            """, connection);
        command.Parameters.AddWithValue("code", divisionCode);
        await using var reader = await command.ExecuteReaderAsync(_ct);
        var grants = new List<string>();
        while (await reader.ReadAsync(_ct))
        {
            grants.Add(reader.GetString(0));
        }

        return grants;
    }

    private Task Owner(string sql) => _database.ExecuteAsOwnerAsync(sql);

    private async Task<Dictionary<string, long>> UnitsPerLuoyangCounty()
    {
        await using var connection = new NpgsqlConnection(_database.OwnerConnectionString);
        await connection.OpenAsync(_ct);
        // Every unit's tenant is the county it was seeded for: the scope changed county by county in one process.
        await using var command = new NpgsqlCommand(
            """
            SELECT c.division_code, count(u.id)
            FROM platform.counties c LEFT JOIN platform.units u ON u.tenant_id = c.id
            WHERE c.division_code LIKE '4103%'
            GROUP BY c.division_code
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(_ct);
        var result = new Dictionary<string, long>();
        while (await reader.ReadAsync(_ct))
        {
            result[reader.GetString(0)] = reader.GetInt64(1);
        }

        return result;
    }
}
