using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Cases.Tests;

/// <summary>The query interface other modules read cases through: the county's own cases only.</summary>
public sealed class CaseQueriesTests(LiandongHostFixture host) : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private TestCounty _county = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _county = await host.CreateCountyAsync();
        _client = host.CreateClient(await host.CreateUserAsync(_county, CasesPermissions.View, CasesPermissions.Register, CasesPermissions.Advance));
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_module_reads_the_summary_with_key_dates_and_another_county_reads_nothing()
    {
        var registered = await _client.PostAsJsonAsync("/api/cases", new
        {
            caseNumber = $"(2026){_county.CourtCode}破申1号",
            procedure = "ApplicationReview",
            debtors = new[] { new { name = "洛阳甲有限公司", uscc = "91350100M000100Y43" }, new { name = "洛阳乙有限公司", uscc = "91350100M000100Y43" } },
        }, _ct);
        var id = (await registered.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("id").GetGuid();
        var api = new CasesApi(_client, _county, _ct);
        var accepted = await api.AdvancedAsync(id, registered.Headers.ETag!.Tag, "AcceptLiquidation", null, "2026-03-02");
        await api.AdvancedAsync(id, accepted, "DeclareBankruptcy", null, "2026-04-15");

        var summary = await Find(_county.Id, id);

        summary.ShouldNotBeNull();
        (summary.State, summary.Procedure).ShouldBe(("Declared", "Liquidation"));
        summary.Debtors.Select(d => d.Name).ShouldBe(["洛阳甲有限公司", "洛阳乙有限公司"]);
        summary.Dates.ShouldBe(new CaseKeyDates(new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 15), null));
        // arts. 11(1), 14 from the acceptance; art. 107(1) from the declaration (5 and 10 days; 04-25 is a Saturday).
        summary.Deadlines.Select(d => (d.Kind, d.Due)).ShouldBe(
        [
            ("AcceptanceService", new DateOnly(2026, 3, 9)), ("Announcement", new DateOnly(2026, 3, 27)),
            ("DeclarationService", new DateOnly(2026, 4, 20)), ("DeclarationNotice", new DateOnly(2026, 4, 27)),
        ]);
        (await Find((await host.CreateCountyAsync()).Id, id)).ShouldBeNull();
        (await Find(null, id)).ShouldBeNull();
    }

    private async Task<CaseSummaryInfo?> Find(Guid? county, Guid id)
    {
        await using var scope = host.Services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(county);
        return await scope.ServiceProvider.GetRequiredService<ICaseQueries>().FindAsync(id, _ct);
    }
}
