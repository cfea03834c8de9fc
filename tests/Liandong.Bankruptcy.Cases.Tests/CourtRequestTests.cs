using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Cases.Tests;

/// <summary>Court–administrator requests: the administrator asks, the judge replies once, both read the thread, other modules ask the contract.</summary>
public sealed class CourtRequestTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _county = null!;
    private HttpClient _judge = null!;
    private HttpClient _firm = null!;
    private CasesApi _api = null!;

    public async ValueTask InitializeAsync()
    {
        _county = await host.CreateCountyAsync();
        _judge = host.CreateClient(await host.CreateUserAsync(_county, CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance,
            CasesPermissions.Requests, CasesPermissions.ReplyRequests));
        _firm = host.CreateClient(await host.CreateUserAsync(_county, CasesPermissions.View, CasesPermissions.Requests, CasesPermissions.SubmitRequests));
        _api = new CasesApi(_judge, _county, _ct);
    }

    public ValueTask DisposeAsync()
    {
        _judge.Dispose();
        _firm.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task The_administrator_asks_the_judge_replies_once_and_other_modules_see_the_approval()
    {
        var (caseId, _) = await _api.RegisterAsync(1);
        (await HasApprovedAsync(caseId, "SellAssets")).ShouldBeFalse();
        var asked = await _firm.PostAsJsonAsync($"/api/cases/{caseId}/requests",
            new { kind = "SellAssets", subject = "关于变价出售易腐存货的请示", text = "存货为鲜活农产品，拟于第一次债权人会议前变价。", requestedOn = "2026-03-05" }, _ct);
        asked.StatusCode.ShouldBe(HttpStatusCode.Created);
        var request = await _api.JsonAsync(asked);
        (await _judge.PutAsJsonAsync($"/api/cases/requests/{request.GetProperty("id").GetGuid()}/reply", new { approved = true, reply = "同意", on = "2026-03-06" }, _ct)).StatusCode
            .ShouldBe((HttpStatusCode)428); // no If-Match
        var etag = asked.Headers.ETag!.Tag;
        (await _api.SendAsync(HttpMethod.Put, $"/api/cases/requests/{request.GetProperty("id").GetGuid()}/reply", etag, new { approved = true, reply = "同意", on = "2026-03-04" }))
            .StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity); // before the request
        var replied = await _api.SendAsync(HttpMethod.Put, $"/api/cases/requests/{request.GetProperty("id").GetGuid()}/reply", etag, new { approved = true, reply = "同意按市场价变价。", on = "2026-03-06" });
        replied.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _api.SendAsync(HttpMethod.Put, $"/api/cases/requests/{request.GetProperty("id").GetGuid()}/reply", replied.Headers.ETag!.Tag, new { approved = false, reply = "改判", on = "2026-03-07" }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var thread = await _firm.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/requests", _ct);
        (thread[0].GetProperty("status").GetString(), thread[0].GetProperty("reply").GetString()).ShouldBe(("Approved", "同意按市场价变价。"));
        (await HasApprovedAsync(caseId, "SellAssets")).ShouldBeTrue();
        (await HasApprovedAsync(caseId, "PayExpense")).ShouldBeFalse();
        (await _firm.PutAsJsonAsync($"/api/cases/requests/{request.GetProperty("id").GetGuid()}/reply", new { approved = true, reply = "自批", on = "2026-03-06" }, _ct)).StatusCode
            .ShouldBe(HttpStatusCode.Forbidden); // the administrator cannot reply to itself
        (await _firm.PostAsJsonAsync($"/api/cases/{caseId}/requests", new { kind = "SellAssets", subject = "", text = "x", requestedOn = "2026-03-05" }, _ct)).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest);
    }

    private async Task<bool> HasApprovedAsync(Guid caseId, string kind)
    {
        using var _ = host.Services.GetRequiredService<ICurrentTenant>().Change(_county.Id);
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICaseQueries>().HasApprovedRequestAsync(caseId, kind, _ct);
    }
}
