using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Platform.ProtectedData;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Liandong.Bankruptcy.Platform.Tests;

/// <summary>Personal data written through the facility: encrypted, masked everywhere, read in full only by permission and audited.</summary>
public sealed class ProtectedDataTests(LiandongHostFixture host) : IAsyncLifetime
{
    // GB 11643's own example number: a valid check character.
    private const string Canary = "11010519491231002X";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _county = null!;

    public async ValueTask InitializeAsync() => _county = await host.CreateCountyAsync();

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_canary_id_number_appears_in_clear_in_no_api_body_column_or_log_line_and_a_full_read_is_audited()
    {
        using var admin = host.CreateClient(await host.CreateUserAsync(_county,
            PlatformPermissions.UsersView, PlatformPermissions.UsersManage, PlatformPermissions.AuditView));
        var bodies = new List<string>();

        var created = await admin.PostAsJsonAsync("/api/platform/users",
            new { userName = "c" + Guid.NewGuid().ToString("N")[..10], displayName = "实名用户", password = "Shiming2026Mima", roleIds = Array.Empty<Guid>(), idNumber = Canary }, _ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        bodies.Add(await created.Content.ReadAsStringAsync(_ct));
        var userId = JsonDocument.Parse(bodies[0]).RootElement.GetProperty("userId").GetGuid();
        foreach (var url in new[] { $"/api/platform/users/{userId}/account", "/api/platform/users", $"/api/platform/users/{userId}",
                     "/api/platform/audit/changes", "/api/platform/audit/requests", "/platform/users", "/platform/audit" })
        {
            bodies.Add(await admin.GetStringAsync(url, _ct));
        }

        var account = JsonDocument.Parse(bodies[1]).RootElement;
        account.GetProperty("idNumber").GetString().ShouldBe("110***********002X");
        bodies.ShouldAllBe(b => !b.Contains(Canary, StringComparison.OrdinalIgnoreCase));
        (await AllText("platform.users")).ShouldNotContain(Canary);
        (await AllText("platform.audit_changes")).ShouldNotContain(Canary);
        (await AllText("platform.audit_requests")).ShouldNotContain(Canary);
        host.Logs.Lines.Count.ShouldBeGreaterThan(0);
        host.Logs.Lines.Where(l => l.Contains(Canary, StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();

        (await admin.GetAsync($"/api/platform/users/{userId}/id-number", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var reader = await host.CreateUserAsync(_county, PlatformPermissions.ProtectedDataRead);
        using var readerClient = host.CreateClient(reader);
        var full = await readerClient.GetFromJsonAsync<JsonElement>($"/api/platform/users/{userId}/id-number", _ct);
        full.GetProperty("idNumber").GetString().ShouldBe(Canary);
        (await Count("SELECT count(*) FROM platform.audit_changes WHERE operation = 'ProtectedRead' AND entity_id = @e AND user_id = @u",
            ("e", userId.ToString()), ("u", reader.UserId))).ShouldBe(1);
    }

    [Fact]
    public async Task A_malformed_id_number_is_400_and_a_second_user_with_the_same_number_409()
    {
        using var admin = host.CreateClient(await host.CreateUserAsync(_county, PlatformPermissions.UsersManage));
        const string number = "440524188001010014";

        var malformed = await admin.PostAsJsonAsync("/api/platform/users",
            new { userName = "m" + Guid.NewGuid().ToString("N")[..10], displayName = "甲", password = "Shiming2026Mima", roleIds = Array.Empty<Guid>(), idNumber = "440524188001010015" }, _ct);
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await malformed.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errorCodes").GetProperty("idNumber")[0].GetString().ShouldBe("validation.id_number");

        (await admin.PostAsJsonAsync("/api/platform/users",
            new { userName = "d" + Guid.NewGuid().ToString("N")[..10], displayName = "乙", password = "Shiming2026Mima", roleIds = Array.Empty<Guid>(), idNumber = number }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var duplicate = await admin.PostAsJsonAsync("/api/platform/users",
            new { userName = "e" + Guid.NewGuid().ToString("N")[..10], displayName = "丙", password = "Shiming2026Mima", roleIds = Array.Empty<Guid>(), idNumber = number }, _ct);
        duplicate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await duplicate.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("code").GetString().ShouldBe("platform.id_number_taken");
    }

    [Fact]
    public void Rotating_the_key_keeps_old_values_readable_and_protects_new_ones_with_the_new_key()
    {
        var hashKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var oldKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        var before = Service(new() { Keys = { ["2025"] = oldKey }, CurrentKey = "2025", HashKey = hashKey });
        var old = before.Protect(Canary);

        var after = Service(new()
        {
            Keys = { ["2025"] = oldKey, ["2026"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)) },
            CurrentKey = "2026",
            HashKey = hashKey,
        });
        var renewed = after.Protect(Canary);

        old.Cipher.ShouldStartWith("2025:");
        renewed.Cipher.ShouldStartWith("2026:");
        after.Decrypt(old.Cipher).ShouldBe(Canary);
        after.Decrypt(renewed.Cipher).ShouldBe(Canary);
        renewed.Hash.ShouldBe(old.Hash); // lookups and duplicates keep working across a rotation
        old.Cipher.ShouldNotContain(Canary);
        Should.Throw<System.Security.Cryptography.AuthenticationTagMismatchException>(() => after.Decrypt(old.Cipher.Replace("2025:", "2026:", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("11010519491231002X", true)]
    [InlineData("11010519491231002x", true)]
    [InlineData("440524188001010014", true)]
    [InlineData("440524188001010015", false)]
    [InlineData("4405241880010100", false)]
    [InlineData("44052418800101001A", false)]
    [InlineData(null, false)]
    public void Resident_id_numbers_are_checked_by_their_check_character(string? value, bool valid) =>
        ResidentIdNumber.IsValid(value).ShouldBe(valid);

    [Theory]
    [InlineData("11010519491231002X", "110***********002X")]
    [InlineData("13812345678", "138****5678")]
    [InlineData("1234567", "*******")]
    public void One_masking_rule_keeps_three_then_four_characters(string clear, string masked) =>
        Masking.Mask(clear).ShouldBe(masked);

    private static ProtectedDataService Service(ProtectedDataOptions options) =>
        new(Options.Create(options), null!, null!, null!, null!, TimeProvider.System);

    private Task<string> AllText(string table) =>
        host.Database.ScalarAsOwnerAsync<string>($"SELECT coalesce(string_agg(t::text, '|'), '') FROM {table} t");

    private Task<long> Count(string sql, params (string Name, object Value)[] parameters) => host.Database.ScalarAsOwnerAsync<long>(sql, parameters);
}
