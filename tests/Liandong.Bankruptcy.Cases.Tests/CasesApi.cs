using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Liandong.Bankruptcy.Cases.Tests;

/// <summary>What the Cases API tests do over HTTP: register a case, take a step, send with If-Match, read JSON.</summary>
internal sealed class CasesApi(HttpClient client, TestCounty county, CancellationToken cancellationToken)
{
    /// <summary>Registers <c>(2026){court}破申{sequence}号</c> with one debtor; returns its id and version.</summary>
    public async Task<(Guid Id, string ETag)> RegisterAsync(int sequence)
    {
        var response = await client.PostAsJsonAsync("/api/cases", new
        {
            caseNumber = $"(2026){county.CourtCode}破申{sequence}号",
            procedure = "ApplicationReview",
            applicant = "Debtor",
            debtors = new[] { new { name = "洛阳某某有限公司", uscc = "91350100M000100Y43" } },
        }, cancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return ((await JsonAsync(response)).GetProperty("id").GetGuid(), response.Headers.ETag!.Tag);
    }

    public Task<HttpResponseMessage> AdvanceAsync(Guid id, string? etag, string action, string? basis, string kind, string date) =>
        SendAsync(HttpMethod.Post, $"/api/cases/{id}/transitions", etag,
            new { action, basis, ruling = new { number = "(2026)豫0305破申1号", date, kind } });

    /// <summary>Takes a step that must succeed; returns the new version.</summary>
    public async Task<string> AdvancedAsync(Guid id, string etag, string action, string? basis, string date)
    {
        var response = await AdvanceAsync(id, etag, action, basis, "裁定", date);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return response.Headers.ETag!.Tag;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string? etag, object body)
    {
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue(etag));
        }

        return await client.SendAsync(request, cancellationToken);
    }

    public async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
}
