using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Platform.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Liandong.Bankruptcy.Platform.Tests;

/// <summary>The audit trail: every state-changing request, every entity change, append-only, read per county.</summary>
public sealed class AuditTrailTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _county = null!;
    private TestUser _admin = null!;

    public async ValueTask InitializeAsync()
    {
        _county = await host.CreateCountyAsync();
        var catalog = host.Services.GetRequiredService<PermissionCatalog>();
        _admin = await host.CreateUserAsync(_county, [.. catalog.ByName.Keys.Where(p => catalog.IsGrantable(p, hostSide: false))]);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Every_state_changing_endpoint_writes_an_audit_record_whatever_the_outcome()
    {
        using var client = host.CreateClient(_admin);
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["POST"])
                .Where(m => m is "POST" or "PUT" or "PATCH" or "DELETE")
                .Select(m => (Method: m, Route: "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct()
            .ToList();
        endpoints.Count.ShouldBeGreaterThan(10);

        var missing = new List<string>();
        foreach (var (method, route) in endpoints)
        {
            var correlation = "audit-walk-" + Guid.NewGuid().ToString("N")[..12];
            using var request = new HttpRequestMessage(new HttpMethod(method), route.Replace("{id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal))
            {
                Content = JsonContent.Create(new { }),
            };
            request.Headers.Add("X-Correlation-Id", correlation);
            request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
            var response = await client.SendAsync(request, _ct);
            var recorded = await Count("SELECT count(*) FROM platform.audit_requests WHERE correlation_id = @c AND method = @m AND status = @s",
                ("c", correlation), ("m", method), ("s", (int)response.StatusCode));
            if (recorded != 1)
            {
                missing.Add($"{method} {route} ({(int)response.StatusCode})");
            }
        }

        missing.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_request_whose_path_and_method_overflow_their_columns_is_still_recorded_cut_to_fit()
    {
        using var client = host.CreateClient(_admin);
        var correlation = "audit-long-" + Guid.NewGuid().ToString("N")[..12];
        var path = "/api/platform/units/" + new string('x', 600);
        foreach (var method in new[] { "DELETE", "PROPPATCHXYZ" })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) };
            request.Headers.Add("X-Correlation-Id", correlation);
            ((int)(await client.SendAsync(request, _ct)).StatusCode).ShouldBeInRange(400, 499);
        }

        (await Text("SELECT string_agg(method || ' ' || length(path) || ' ' || left(path, 21), ',' ORDER BY method) FROM platform.audit_requests WHERE correlation_id = @c",
            ("c", correlation))).ShouldBe("DELETE 400 /api/platform/units/x,PROPPATCHX 400 /api/platform/units/x");
    }

    [Fact]
    public async Task A_change_is_recorded_with_its_old_and_new_values_by_whom_in_the_same_request()
    {
        using var client = host.CreateClient(_admin);
        var created = await client.PostAsJsonAsync("/api/platform/units", new { name = "审计前名称", kind = "Tax" }, _ct);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("id").GetGuid();
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/platform/units/{id}")
        {
            Content = JsonContent.Create(new { name = "审计后名称", accountableHead = "张局长", isActive = true }),
        };
        put.Headers.IfMatch.Add(created.Headers.ETag!);
        put.Headers.Add("X-Correlation-Id", "audit-change-0001x");
        (await client.SendAsync(put, _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var changes = await (await client.GetAsync($"/api/platform/audit/changes?entityType=Unit&entityId={id}", _ct))
            .Content.ReadFromJsonAsync<JsonElement>(_ct);

        var items = changes.GetProperty("items").EnumerateArray().ToList();
        items.Select(c => c.GetProperty("operation").GetString()).ShouldBe(["Modified", "Added"]);
        var modified = items[0];
        modified.GetProperty("userId").GetGuid().ShouldBe(_admin.UserId);
        modified.GetProperty("correlationId").GetString().ShouldBe("audit-change-0001x");
        modified.GetProperty("changes").GetProperty("Name").GetProperty("old").GetString().ShouldBe("审计前名称");
        modified.GetProperty("changes").GetProperty("Name").GetProperty("new").GetString().ShouldBe("审计后名称");
        modified.GetProperty("changes").GetProperty("AccountableHead").GetProperty("new").GetString().ShouldBe("张局长");
        modified.GetProperty("changes").TryGetProperty("Kind", out _).ShouldBeFalse(); // unchanged properties are not listed
    }

    [Fact]
    public async Task A_protected_value_is_recorded_as_changed_never_in_clear()
    {
        using var client = host.CreateClient(_admin);
        var userName = "a" + Guid.NewGuid().ToString("N")[..10];
        (await client.PostAsJsonAsync("/api/platform/users", new { userName, displayName = "审计用户", password = "Shenji2026Mima", roleIds = Array.Empty<Guid>() }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        await using var connection = new NpgsqlConnection(host.Database.OwnerConnectionString);
        await connection.OpenAsync(_ct);
        await using var read = new NpgsqlCommand(
            "SELECT u.id::text, u.password_hash, u.security_stamp FROM platform.users u WHERE u.user_name = @n", connection);
        read.Parameters.AddWithValue("n", userName);
        await using var reader = await read.ExecuteReaderAsync(_ct);
        await reader.ReadAsync(_ct);
        var (id, hash, stamp) = (reader.GetString(0), reader.GetString(1), reader.GetString(2));
        await reader.CloseAsync();

        var changes = await Text("SELECT changes::text FROM platform.audit_changes WHERE entity_type = 'User' AND entity_id = @id", ("id", id));
        var recorded = JsonDocument.Parse(changes).RootElement;
        recorded.GetProperty("PasswordHash").GetString().ShouldBe("changed");
        recorded.GetProperty("SecurityStamp").GetString().ShouldBe("changed");
        recorded.GetProperty("UserName").GetProperty("new").GetString().ShouldBe(userName);
        var everything = await Text("SELECT string_agg(changes::text, '') FROM platform.audit_changes");
        everything.ShouldNotContain(hash);
        everything.ShouldNotContain(stamp);
        everything.ShouldNotContain("Shenji2026Mima");
    }

    [Theory]
    [InlineData("UPDATE platform.audit_requests SET status = 200")]
    [InlineData("DELETE FROM platform.audit_requests")]
    [InlineData("UPDATE platform.audit_changes SET operation = 'x'")]
    [InlineData("DELETE FROM platform.audit_changes")]
    public async Task The_application_role_cannot_change_or_delete_the_audit_trail(string sql)
    {
        await using var connection = new NpgsqlConnection(host.Database.AppConnectionString);
        await connection.OpenAsync(_ct);
        await using (var set = new NpgsqlCommand($"SELECT set_config('app.tenant_id', '{_county.Id}', false)", connection))
        {
            await set.ExecuteNonQueryAsync(_ct);
        }

        await using var command = new NpgsqlCommand(sql, connection);
        (await Should.ThrowAsync<PostgresException>(() => command.ExecuteNonQueryAsync(_ct))).SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
    }

    [Fact]
    public async Task A_time_window_given_in_beijing_time_selects_requests_and_changes_by_the_instant_it_names()
    {
        using var client = host.CreateClient(_admin);
        var before = DateTimeOffset.UtcNow.AddMinutes(-5).ToOffset(TimeSpan.FromHours(8));
        var id = (await Json(await client.PostAsJsonAsync("/api/platform/units", new { name = "北京时间审计科", kind = "Tax" }, _ct))).GetProperty("id").GetGuid();
        var later = DateTimeOffset.UtcNow.AddHours(1).ToOffset(TimeSpan.FromHours(8));
        string At(DateTimeOffset t) => Uri.EscapeDataString(t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture));
        async Task<int> Requests(string window) =>
            (await Json(await client.GetAsync($"/api/platform/audit/requests?userId={_admin.UserId}&{window}", _ct))).GetProperty("items").EnumerateArray()
                .Count(r => r.GetProperty("path").GetString() == "/api/platform/units");
        async Task<int> Changes(string window) =>
            (await Json(await client.GetAsync($"/api/platform/audit/changes?entityType=Unit&entityId={id}&{window}", _ct))).GetProperty("items").GetArrayLength();

        (await Requests($"from={At(before)}&to={At(later)}")).ShouldBe(1); // +08:00 is the same instant as UTC's, 8 hours back
        (await Requests($"from={At(later)}")).ShouldBe(0);
        (await Requests($"to={At(before)}")).ShouldBe(0);
        (await Changes($"from={At(before)}&to={At(later)}")).ShouldBe(1);
        (await Changes($"from={At(later)}")).ShouldBe(0);
        (await Changes($"to={At(before)}")).ShouldBe(0);
    }

    [Fact]
    public async Task Each_county_reads_only_its_own_trail_and_the_host_side_its_own()
    {
        using var client = host.CreateClient(_admin);
        (await client.PostAsJsonAsync("/api/platform/roles", new { name = "本县审计角色", permissions = Array.Empty<string>() }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var other = await host.CreateCountyAsync();
        using var otherAdmin = host.CreateClient(await host.CreateUserAsync(other, PlatformPermissions.AuditView));
        using var hostAdmin = host.CreateClient(await host.CreateUserAsync(null, PlatformPermissions.AuditView));

        var mine = await Json(await client.GetAsync($"/api/platform/audit/requests?userId={_admin.UserId}", _ct));
        var theirs = await Json(await otherAdmin.GetAsync($"/api/platform/audit/requests?userId={_admin.UserId}", _ct));
        var hostSide = await Json(await hostAdmin.GetAsync($"/api/platform/audit/requests?userId={_admin.UserId}", _ct));

        mine.GetProperty("items").EnumerateArray().ShouldContain(r => r.GetProperty("route").GetString() == "/api/platform/roles/");
        theirs.GetProperty("items").GetArrayLength().ShouldBe(0);
        hostSide.GetProperty("items").GetArrayLength().ShouldBe(0);
        (await client.GetAsync("/api/platform/audit/requests?limit=0", _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_log_says_who_of_which_unit_did_what_to_what_filters_by_user_unit_and_action_and_exports()
    {
        using var admin = host.CreateClient(_admin);
        var unitId = (await Json(await admin.PostAsJsonAsync("/api/platform/units", new { name = "审计测试科", kind = "LeadershipGroupOffice" }, _ct))).GetProperty("id").GetGuid();
        var clerk = await host.CreateUnitUserAsync(_county, unitId, null, PlatformPermissions.RolesManage, PlatformPermissions.AuditView);
        using var client = host.CreateClient(clerk);
        var role = (await client.PostAsJsonAsync("/api/platform/roles", new { name = "审计留痕角色", permissions = Array.Empty<string>() }, _ct));
        role.StatusCode.ShouldBe(HttpStatusCode.Created);
        var refused = await client.PostAsJsonAsync("/api/platform/units", new { name = "无权新增的单位", kind = "Tax" }, _ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var mine = (await Json(await client.GetAsync($"/api/platform/audit/requests?unitId={unitId}", _ct))).GetProperty("items").EnumerateArray().ToList();

        mine.Count.ShouldBe(2); // the unit filter: the clerk's two requests, not the administrator's
        var created = mine.Single(e => e.GetProperty("action").GetString() == "CreateRole");
        created.GetProperty("actionText").GetString().ShouldBe("新建角色");
        created.GetProperty("subject").GetString().ShouldBe("审计留痕角色"); // the object it created, by name
        created.GetProperty("userName").GetString().ShouldBe(await DisplayName(clerk.UserId));
        created.GetProperty("unitName").GetString().ShouldBe("审计测试科");
        var forbidden = mine.Single(e => e.GetProperty("action").GetString() == "CreateUnit");
        forbidden.GetProperty("actionText").GetString().ShouldBe("新增成员单位");
        forbidden.GetProperty("status").GetInt32().ShouldBe(403);
        var byAction = (await Json(await admin.GetAsync($"/api/platform/audit/requests?action=CreateUnit&userId={_admin.UserId}", _ct))).GetProperty("items");
        byAction.EnumerateArray().ShouldAllBe(e => e.GetProperty("action").GetString() == "CreateUnit");
        byAction.EnumerateArray().Single().GetProperty("subject").GetString().ShouldBe("审计测试科");

        var xlsx = await client.GetAsync($"/api/platform/audit/requests/export?unitId={unitId}", _ct);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(_ct)), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Count.ShouldBe(2);
        rows.ShouldContain(r => (string)r["操作"] == "新建角色" && (string)r["对象"] == "审计留痕角色" && (string)r["单位"] == "审计测试科");
        (await client.GetAsync($"/api/platform/audit/requests?caseNumber={new string('号', 101)}", _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private async Task<string> DisplayName(Guid userId) =>
        await Text("SELECT display_name FROM platform.memberships WHERE user_id = @u", ("u", userId));

    private async Task<long> Count(string sql, params (string Name, object Value)[] parameters) => long.Parse(await Text(sql, parameters), System.Globalization.CultureInfo.InvariantCulture);

    private async Task<string> Text(string sql, params (string Name, object Value)[] parameters) =>
        (await host.Database.ScalarAsOwnerAsync<object?>(sql, parameters))?.ToString() ?? "";

    private async Task<JsonElement> Json(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
}
