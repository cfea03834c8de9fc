using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shouldly;

namespace Liandong.Bankruptcy.Testing;

/// <summary>A case as the harnesses need one: registered and accepted for liquidation over HTTP, by a user who may.</summary>
public static class TestCases
{
    /// <summary>Registers <paramref name="caseNumber"/> (one debtor) and accepts it for liquidation on 2026-03-02; its id.</summary>
    public static async Task<Guid> AcceptedAsync(HttpClient client, string caseNumber, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var registered = await client.PostAsJsonAsync("/api/cases", new
        {
            caseNumber,
            procedure = "ApplicationReview",
            debtors = new[] { new { name = "洛阳某某机械有限公司", uscc = "91350100M000100Y43" } },
        }, cancellationToken);
        registered.StatusCode.ShouldBe(HttpStatusCode.Created);
        var caseId = (await registered.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetGuid();
        using var accept = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{caseId}/transitions")
        {
            Content = JsonContent.Create(new { action = "AcceptLiquidation", ruling = new { number = $"{caseNumber}之受理", date = "2026-03-02", kind = "受理裁定" } }),
        };
        accept.Headers.IfMatch.Add(registered.Headers.ETag!);
        (await client.SendAsync(accept, cancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return caseId;
    }
}
