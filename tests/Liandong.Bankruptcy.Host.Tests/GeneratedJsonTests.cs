using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Cases.Contracts;
using Liandong.Bankruptcy.Cases.Features.CaseRegister.List;
using Liandong.Bankruptcy.Coordination.Contracts;
using Liandong.Bankruptcy.Coordination.Features.Items;
using Liandong.Bankruptcy.Coordination.Features.Notifications;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Features.Units;
using Liandong.Bankruptcy.Platform.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Liandong.Bankruptcy.Host.Tests;

/// <summary>
/// The hot reads answered by source-generated serializers (<see cref="ApiJson.Ok{T}"/>) write exactly what the API's own
/// options write for the same value: each body, read back and written again with the host's JSON options, is the same
/// bytes (names, enums by name, Chinese unescaped, nulls, dates and the order of members).
/// </summary>
public sealed class GeneratedJsonTests(LiandongHostFixture host)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_read_answered_by_generated_code_writes_the_bytes_the_api_options_write()
    {
        var county = await host.CreateCountyAsync();
        await host.SeedCountyAsync(county);
        var units = await host.UnitsByKindAsync(county, _ct);
        using var judge = host.CreateClient(await host.CreateUnitUserAsync(county, units["Court"], null,
            CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance, CoordinationPermissions.Items));
        var taxUser = await host.CreateUnitUserAsync(county, units["Tax"], null, CoordinationPermissions.Items, CoordinationPermissions.Work);
        using var tax = host.CreateClient(taxUser);
        using var office = host.CreateClient(await host.CreateUnitUserAsync(county, units["LeadershipGroupOffice"], null,
            CoordinationPermissions.Items, CoordinationPermissions.Oversee, PlatformPermissions.UnitsView));
        await TestCases.AcceptedAsync(judge, $"(2026){county.CourtCode}破申1号", _ct);
        await host.Database.ExecuteAsOwnerAsync($"""
            INSERT INTO coordination.notifications (id, tenant_id, user_id, item_id, text, link, at, read_at, created_at, updated_at)
            VALUES ('{Guid.NewGuid()}', '{county.Id}', '{taxUser.UserId}', NULL, '催办：请于 3 日内申报 "税款" <及时>', '/coordination/items', now(), NULL, now(), now()),
                   ('{Guid.NewGuid()}', '{county.Id}', '{taxUser.UserId}', '{Guid.NewGuid()}', '已读的通知', '/coordination', now() - interval '1 day', now(), now(), now())
            """);
        await Eventually.HoldsAsync(async () => (await tax.GetFromJsonAsync<JsonElement>("/api/coordination/inbox", _ct)).GetProperty("items").GetArrayLength() > 0);

        var inbox = await SameAsApiOptions<ListResponse<ItemSummary>>(tax, "/api/coordination/inbox?limit=1"); // with a next cursor
        inbox.NextCursor.ShouldNotBeNull();
        inbox.Items.ShouldHaveSingleItem().DebtorName.ShouldBe("洛阳某某机械有限公司");
        (await SameAsApiOptions<ListResponse<ItemSummary>>(office, "/api/coordination/items?limit=200")).Items.ShouldContain(i => i.UnitId == units["Tax"]);
        var notifications = await SameAsApiOptions<NotificationsDto>(tax, "/api/coordination/notifications");
        notifications.Unread.ShouldBe(1);
        notifications.Items.Select(n => n.ItemId is null).ShouldBe([true, false]);
        (await SameAsApiOptions<ListResponse<CaseSummary>>(judge, "/api/cases?limit=50")).Items.ShouldHaveSingleItem().AcceptedOn.ShouldBe(new DateOnly(2026, 3, 2));
        (await SameAsApiOptions<ListResponse<UnitDto>>(office, "/api/platform/units?limit=200")).Items.ShouldContain(u => u.Id == units["Tax"] && u.Kind == Platform.Domain.UnitKind.Tax);
    }

    private async Task<T> SameAsApiOptions<T>(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().ShouldBe("application/json; charset=utf-8");
        var body = await response.Content.ReadAsStringAsync(_ct);
        var options = host.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var value = JsonSerializer.Deserialize<T>(body, options)!;
        JsonSerializer.Serialize(value, options).ShouldBe(body, $"{path} as generated code wrote it, and as the API's options write it");
        return value;
    }
}
