using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Coordination.Seeding;
using Liandong.Bankruptcy.Platform.Domain;
using Liandong.Bankruptcy.Platform.Seeding;
using Npgsql;

namespace Liandong.Bankruptcy.Host.Tests;

/// <summary>
/// No item nobody can work: every line of the default item list reaches a unit of a freshly seeded county (its own kind,
/// or the leadership group's office when the county has none, as the item factory assigns it), and that unit's role
/// template, as seeded in the county, may work items (sign for, complete). The court's and the office's were missing.
/// </summary>
public sealed class WorkableItemsTests(LiandongHostFixture host)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_line_of_the_default_item_list_reaches_a_role_template_that_can_sign_for_it()
    {
        var county = await host.CreateCountyAsync();
        await host.SeedCountyAsync(county);
        var (kinds, grants) = await SeededAsync(county);

        var unworkable = new List<string>();
        foreach (var line in DefaultTemplates.Create())
        {
            var receiver = kinds.Contains(line.UnitKind.ToString()) ? line.UnitKind : UnitKind.LeadershipGroupOffice;
            var roles = DemoData.UnitOf.Where(r => r.Value == receiver).Select(r => r.Key).ToList();
            if (!roles.Any(role => grants.Contains((role, CoordinationPermissions.Work))))
            {
                unworkable.Add($"{line.Key} → {receiver}");
            }
        }

        unworkable.ShouldBeEmpty();
        grants.ShouldContain(("judge", CoordinationPermissions.Work));       // 通知各成员单位案件受理情况
        grants.ShouldContain(("coordinator", CoordinationPermissions.Work)); // 中止执行… where the county has no enforcement division
    }

    private async Task<(HashSet<string> Kinds, HashSet<(string Role, string Permission)> Grants)> SeededAsync(TestCounty county)
    {
        await using var connection = new NpgsqlConnection(host.Database.OwnerConnectionString);
        await connection.OpenAsync(_ct);
        var kinds = new HashSet<string>();
        await using (var units = new NpgsqlCommand("SELECT kind FROM platform.units WHERE tenant_id = @t AND is_active", connection))
        {
            units.Parameters.AddWithValue("t", county.Id);
            await using var reader = await units.ExecuteReaderAsync(_ct);
            while (await reader.ReadAsync(_ct))
            {
                kinds.Add(reader.GetString(0));
            }
        }

        var grants = new HashSet<(string, string)>();
        await using (var roles = new NpgsqlCommand(
            "SELECT r.template_key, g.permission FROM platform.roles r JOIN platform.role_grants g ON g.role_id = r.id WHERE r.tenant_id = @t AND r.template_key IS NOT NULL", connection))
        {
            roles.Parameters.AddWithValue("t", county.Id);
            await using var reader = await roles.ExecuteReaderAsync(_ct);
            while (await reader.ReadAsync(_ct))
            {
                grants.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        kinds.ShouldNotBeEmpty();
        grants.ShouldNotBeEmpty();
        return (kinds, grants);
    }
}
