using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Liandong.Bankruptcy.Platform.Tests;

/// <summary>County administrators' roles, grants and users; host administrators' counties and memberships.</summary>
public sealed class AdministrationApiTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _county = null!;
    private HttpClient _admin = null!;
    private TestUser _adminUser = null!;

    public async ValueTask InitializeAsync()
    {
        _county = await host.CreateCountyAsync();
        _adminUser = await host.CreateUserAsync(_county,
            PlatformPermissions.RolesView, PlatformPermissions.RolesManage, PlatformPermissions.UsersView, PlatformPermissions.UsersManage,
            PlatformPermissions.UnitsView);
        _admin = host.CreateClient(_adminUser);
    }

    public ValueTask DisposeAsync()
    {
        _admin.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_grant_through_a_role_takes_effect_on_the_next_request_and_its_removal_too()
    {
        var officer = await host.CreateUserAsync(_county);
        using var client = host.CreateClient(officer);
        (await client.GetAsync("/api/platform/units", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var role = await Json(await _admin.PostAsJsonAsync("/api/platform/roles", new { name = "查看单位", permissions = new[] { PlatformPermissions.UnitsView } }, _ct));
        await SetAccess(officer, [role.GetProperty("id").GetGuid()], []);
        (await client.GetAsync("/api/platform/units", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await SetAccess(officer, [], []);
        (await client.GetAsync("/api/platform/units", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_administrator_cannot_deactivate_their_own_membership_and_nothing_changes()
    {
        var me = await _admin.GetAsync($"/api/platform/users/{_adminUser.UserId}", _ct);
        me.StatusCode.ShouldBe(HttpStatusCode.OK);
        var access = await Json(me);
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/platform/users/{_adminUser.UserId}/access")
        {
            Content = JsonContent.Create(new
            {
                unitId = (Guid?)null,
                roleIds = access.GetProperty("roleIds").EnumerateArray().Select(r => r.GetGuid()).ToArray(),
                permissions = access.GetProperty("permissions").EnumerateArray().Select(p => p.GetString()).ToArray(),
                isActive = false,
            }),
        };
        put.Headers.IfMatch.Add(me.Headers.ETag!);
        var refused = await _admin.SendAsync(put, _ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(refused)).GetProperty("code").GetString().ShouldBe("platform.cannot_deactivate_self");
        var after = await _admin.GetAsync($"/api/platform/users/{_adminUser.UserId}", _ct);
        (await Json(after)).GetProperty("isActive").GetBoolean().ShouldBeTrue();
        after.Headers.ETag!.Tag.ShouldBe(me.Headers.ETag!.Tag); // nothing changed
    }

    [Fact]
    public async Task A_duplicate_role_name_is_409_and_a_host_permission_cannot_be_granted_in_a_county()
    {
        (await _admin.PostAsJsonAsync("/api/platform/roles", new { name = "档案员", permissions = Array.Empty<string>() }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var duplicate = await _admin.PostAsJsonAsync("/api/platform/roles", new { name = "档案员", permissions = Array.Empty<string>() }, _ct);
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(duplicate)).GetProperty("code").GetString().ShouldBe("platform.role_name_taken");

        foreach (var permission in new[] { PlatformPermissions.CountiesManage, "No.Such.Permission" })
        {
            var refused = await _admin.PostAsJsonAsync("/api/platform/roles", new { name = "越权" + permission, permissions = new[] { permission } }, _ct);
            refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
            (await Json(refused)).GetProperty("code").GetString().ShouldBe("platform.unknown_permission");
        }
    }

    [Fact]
    public async Task The_permission_tree_shows_only_what_a_county_may_grant_in_both_languages()
    {
        var tree = await Json(await _admin.GetAsync("/api/platform/permissions", _ct));

        var names = tree.EnumerateArray().SelectMany(g => Flatten(g.GetProperty("permissions"))).ToList();
        names.ShouldContain(PlatformPermissions.UnitsManage);
        names.ShouldNotContain(PlatformPermissions.CountiesManage);
        var units = tree[0].GetProperty("permissions").EnumerateArray().First(p => p.GetProperty("name").GetString() == PlatformPermissions.UnitsView);
        units.GetProperty("displayNameZh").GetString().ShouldBe("成员单位");
        units.GetProperty("displayNameEn").GetString().ShouldBe("Member units");
    }

    [Fact]
    public async Task A_user_is_created_with_a_password_that_meets_the_policy_and_a_name_unique_across_counties()
    {
        var userName = "u" + Guid.NewGuid().ToString("N")[..10];
        var weak = await _admin.PostAsJsonAsync("/api/platform/users", new { userName, displayName = "新用户", password = "short", roleIds = Array.Empty<Guid>() }, _ct);
        weak.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Json(weak)).GetProperty("code").GetString().ShouldBe("platform.password_rejected");

        var created = await _admin.PostAsJsonAsync("/api/platform/users", new { userName, displayName = "新用户", password = "Xinyonghu2026", roleIds = Array.Empty<Guid>() }, _ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);

        var elsewhere = await host.CreateCountyAsync();
        using var otherAdmin = host.CreateClient(await host.CreateUserAsync(elsewhere, PlatformPermissions.UsersView, PlatformPermissions.UsersManage));
        var taken = await otherAdmin.PostAsJsonAsync("/api/platform/users", new { userName = userName.ToUpperInvariant(), displayName = "重名", password = "Xinyonghu2026", roleIds = Array.Empty<Guid>() }, _ct);
        taken.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Json(taken)).GetProperty("code").GetString().ShouldBe("platform.user_name_taken");

        var token = await host.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName, password = "Xinyonghu2026" }, _ct);
        token.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_county_created_by_the_host_gets_its_units_and_role_templates_and_a_duplicate_code_is_409()
    {
        using var hostAdmin = host.CreateClient(await host.CreateUserAsync(null,
            PlatformPermissions.CountiesView, PlatformPermissions.CountiesManage, PlatformPermissions.HostUsersManage));
        var code = "98" + Random.Shared.Next(1000, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var created = await hostAdmin.PostAsJsonAsync("/api/host/counties", new { divisionCode = code, name = "新设县", courtCodes = new[] { "豫9801" } }, _ct);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var countyId = (await Json(created)).GetProperty("id").GetGuid();
        var admin = await host.CreateUserAsync(new TestCounty(countyId, code, "新设县"), PlatformPermissions.UnitsView, PlatformPermissions.RolesView);
        using var client = host.CreateClient(admin);
        // Seeding follows the commit, by the CountyCreated message handled inside the new county.
        await Eventually(async () => (await Json(await client.GetAsync("/api/platform/units?limit=200", _ct))).GetProperty("items").GetArrayLength() == 15);
        await Eventually(async () => (await Json(await client.GetAsync("/api/platform/roles?limit=200", _ct))).GetProperty("items").GetArrayLength() == 15);
        var roles = await Json(await client.GetAsync("/api/platform/roles?limit=200", _ct));
        roles.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("templateKey").GetString()).ShouldContain("judge");
        roles.GetProperty("items").GetArrayLength().ShouldBe(15);
        using var calendar = host.CreateClient(await host.CreateUserAsync(new TestCounty(countyId, code, "新设县"), PlatformPermissions.CalendarView));
        await Eventually(async () => (await Json(await calendar.GetAsync("/api/platform/holidays?year=2026", _ct))).GetArrayLength() == 39);
        var national = await Json(await calendar.GetAsync("/api/platform/holidays?year=2026", _ct));
        national.EnumerateArray().ShouldContain(d => d.GetProperty("date").GetString() == "2026-10-01" && d.GetProperty("kind").GetString() == "DayOff");

        var again = await hostAdmin.PostAsJsonAsync("/api/host/counties", new { divisionCode = code, name = "重复", courtCodes = new[] { "豫9801" } }, _ct);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var bad = await hostAdmin.PostAsJsonAsync("/api/host/counties", new { divisionCode = "41", name = "", courtCodes = new[] { "0305" } }, _ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(bad)).GetProperty("errorCodes").EnumerateObject().Select(p => p.Name).ShouldBe(["divisionCode", "name", "courtCodes"], ignoreOrder: true);
    }

    [Fact]
    public async Task The_holiday_calendar_takes_local_entries_refuses_bad_ones_and_lets_them_go()
    {
        using var client = host.CreateClient(await host.CreateUserAsync(_county, PlatformPermissions.CalendarView, PlatformPermissions.CalendarManage));

        var added = await client.PostAsJsonAsync("/api/platform/holidays", new { date = "2030-03-12", kind = "DayOff", note = "地方假日" }, _ct);
        added.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await client.PostAsJsonAsync("/api/platform/holidays", new { date = "2030-03-12", kind = "DayOff" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var weekday = await client.PostAsJsonAsync("/api/platform/holidays", new { date = "2030-03-13", kind = "MakeUpWorkingDay" }, _ct);
        weekday.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Json(weekday)).GetProperty("errorCodes").GetProperty("date")[0].GetString().ShouldBe("validation.make_up_day_on_weekday");
        var year = await Json(await client.GetAsync("/api/platform/holidays?year=2030", _ct));
        year.EnumerateArray().Select(d => d.GetProperty("date").GetString()).ShouldBe(["2030-03-12"]);
        using (host.Services.GetRequiredService<Tenancy.ICurrentTenant>().Change(_county.Id))
        await using (var scope = host.Services.CreateAsyncScope())
        {
            // The county's own day off moves its deadlines: 10 days from 2030-03-02 end on it, so on the next working day.
            var calendar = await scope.ServiceProvider.GetRequiredService<Time.IHolidayCalendar>().GetAsync(_ct);
            Time.DeadlineCalculator.Compute(new DateOnly(2030, 3, 2), Time.Period.Days(10), calendar)
                .ShouldBe(new Time.Deadline(new DateOnly(2030, 3, 13), false));
        }

        (await client.DeleteAsync($"/api/platform/holidays/{(await Json(added)).GetProperty("id").GetGuid()}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Json(await client.GetAsync("/api/platform/holidays?year=2030", _ct))).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task County_administration_is_refused_to_a_county_user_on_the_host_routes()
    {
        var response = await _admin.GetAsync("/api/host/counties", _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task SetAccess(TestUser user, Guid[] roleIds, string[] permissions)
    {
        var member = await _admin.GetAsync($"/api/platform/users/{user.UserId}", _ct);
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/platform/users/{user.UserId}/access")
        {
            Content = JsonContent.Create(new { roleIds, permissions, isActive = true }),
        };
        put.Headers.IfMatch.Add(member.Headers.ETag!);
        var answer = await _admin.SendAsync(put, _ct);
        answer.StatusCode.ShouldBe(HttpStatusCode.OK, await answer.Content.ReadAsStringAsync(_ct));
    }

    private static Task Eventually(Func<Task<bool>> condition) => Testing.Eventually.HoldsAsync(condition);

    private static IEnumerable<string> Flatten(JsonElement permissions) =>
        permissions.EnumerateArray().SelectMany(p => Flatten(p.GetProperty("children")).Prepend(p.GetProperty("name").GetString()!));

    private async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
}
