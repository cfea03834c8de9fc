using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Platform.Events;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Wolverine;

namespace Liandong.Bankruptcy.Platform.Tests;

/// <summary>A message that failed is listed for host administrators and, once its cause is mended, replayed to completion.</summary>
public sealed class DeadLetterTests(LiandongHostFixture host)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_failed_seeding_is_dead_lettered_listed_and_completed_by_replay()
    {
        var county = await host.CreateCountyAsync();
        // A role already bearing the judge template's name: seeding the templates fails on the unique name.
        await Owner($"""
            INSERT INTO platform.roles (id, tenant_id, name, normalized_name, created_at, updated_at)
            VALUES (gen_random_uuid(), '{county.Id}', '破产审判法官', '破产审判法官', now(), now())
            """);
        await using (var scope = host.Services.CreateAsyncScope())
        using (host.Services.GetRequiredService<ICurrentTenant>().Change(county.Id))
        {
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().PublishAsync(new CountyCreated(county.Id, county.DivisionCode, county.Name));
        }

        using var admin = host.CreateClient(await host.CreateUserAsync(null, PlatformPermissions.MessagesManage));
        Guid? deadLetter = null;
        await Eventually(async () =>
        {
            var list = await admin.GetFromJsonAsync<JsonElement>("/api/host/dead-letters", _ct);
            deadLetter = list.EnumerateArray()
                .Where(d => d.GetProperty("messageType").GetString()!.Contains("CountyCreated", StringComparison.Ordinal))
                .Select(d => (Guid?)d.GetProperty("id").GetGuid())
                .FirstOrDefault(id => id is not null && DeadLetterIsFor(id.Value, county.Id).GetAwaiter().GetResult());
            return deadLetter is not null;
        });
        (await Count($"SELECT count(*) FROM platform.roles WHERE tenant_id = '{county.Id}' AND template_key IS NOT NULL")).ShouldBe(0);

        await Owner($"DELETE FROM platform.roles WHERE tenant_id = '{county.Id}'");
        var replay = await admin.PostAsync($"/api/host/dead-letters/{deadLetter}/replay", null, _ct);
        replay.StatusCode.ShouldBe(HttpStatusCode.Accepted);

        await Eventually(async () => await Count($"SELECT count(*) FROM platform.roles WHERE tenant_id = '{county.Id}' AND template_key IS NOT NULL") == 15);
        (await admin.PostAsync($"/api/host/dead-letters/{Guid.NewGuid()}/replay", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task<bool> DeadLetterIsFor(Guid id, Guid county) =>
        await Count($"SELECT count(*) FROM wolverine.wolverine_dead_letters WHERE id = '{id}' AND encode(body, 'escape') LIKE '%{county}%'") == 1;

    private Task Owner(string sql) => host.Database.ExecuteAsOwnerAsync(sql);

    private Task<long> Count(string sql) => host.Database.ScalarAsOwnerAsync<long>(sql);

    private static Task Eventually(Func<Task<bool>> condition) => Testing.Eventually.HoldsAsync(condition, TimeSpan.FromSeconds(60));
}
