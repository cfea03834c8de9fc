using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;

namespace Liandong.Bankruptcy.Host.Tests;

/// <summary>The host's own surface: health, OpenAPI and Scalar, problem details, correlation id, security headers.</summary>
public sealed partial class HostTests(LiandongHostFixture host)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Live_and_ready_answer_200_when_postgresql_and_the_message_store_answer()
    {
        using var client = host.CreateClient();

        (await client.GetAsync("/health/live", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready", _ct);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync(_ct)).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Seeding_demo_data_with_production_settings_is_refused_and_the_operator_reads_why_as_the_process_ends()
    {
        // The refusal is logged right before the process returns from Main without disposing the host: the console
        // log writes in batches, and the line must still reach standard output.
        var (exitCode, output) = await HostProcess.RunVerbAsync(host, "seed-demo", _ct);

        exitCode.ShouldBe(2);
        output.ShouldContain("Demo data is never seeded with production settings");
    }

    [Fact]
    public async Task Ready_reports_degraded_while_a_message_is_dead_lettered()
    {
        using var client = host.CreateClient();
        var id = Guid.NewGuid();
        await Owner($"""
            INSERT INTO wolverine.wolverine_dead_letters (id, body, message_type, received_at, exception_type, replayable)
            VALUES ('{id}', '\x00', 'Test.Message', 'local://test', 'System.Exception', false)
            """);
        try
        {
            var degraded = await client.GetAsync("/health/ready", _ct);
            degraded.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await degraded.Content.ReadAsStringAsync(_ct)).ShouldBe("Degraded");
        }
        finally
        {
            await Owner($"DELETE FROM wolverine.wolverine_dead_letters WHERE id = '{id}'");
        }

        (await (await client.GetAsync("/health/ready", _ct)).Content.ReadAsStringAsync(_ct)).ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_openapi_document_lists_the_api()
    {
        using var client = host.CreateClient();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", _ct);

        var paths = document.GetProperty("paths");
        paths.TryGetProperty("/api/platform/units", out var units).ShouldBeTrue();
        units.TryGetProperty("get", out _).ShouldBeTrue();
        units.TryGetProperty("post", out _).ShouldBeTrue();
        paths.GetProperty("/api/platform/units/{id}").TryGetProperty("put", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Scalar_is_served_from_the_host_with_no_address_on_the_internet()
    {
        using var client = host.CreateClient();

        var response = await client.GetAsync("/scalar/", _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync(_ct);
        html.ShouldContain("openapi/v1.json");
        html.ShouldContain("<script src=\"scalar.js\">");
        ExternalAddress().Matches(html).Select(m => m.Value).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem_with_code_and_correlation_id()
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/no-such-thing");
        request.Headers.Add("X-Correlation-Id", "test-correlation-0001");

        var response = await client.SendAsync(request, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        response.Headers.GetValues("X-Correlation-Id").ShouldBe(["test-correlation-0001"]);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
        problem.GetProperty("code").GetString().ShouldBe("platform.not_found");
        problem.GetProperty("status").GetInt32().ShouldBe(404);
        problem.GetProperty("title").GetString().ShouldBe("未找到所请求的资源。");
        problem.GetProperty("correlationId").GetString().ShouldBe("test-correlation-0001");
    }

    [Fact]
    public async Task An_unsafe_correlation_id_is_replaced_by_a_new_one()
    {
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", "<script>alert(1)</script>");

        var response = await client.SendAsync(request, _ct);

        var id = response.Headers.GetValues("X-Correlation-Id").Single();
        id.ShouldNotContain("<");
        id.Length.ShouldBe(32);
    }

    [Fact]
    public async Task A_host_started_from_another_directory_keeps_its_own_settings()
    {
        // Started as a service manager might, from a directory with nothing of the host's in it: appsettings.json's log
        // levels still apply (ASP.NET Core's per-request lines at Warning and above), so only the request log line shows.
        var elsewhere = Directory.CreateTempSubdirectory("liandong-elsewhere").FullName;
        await using var process = await HostProcess.StartAsync(host, _ct, workingDirectory: elsewhere);
        using var client = process.CreateClient();
        var path = $"/api/nothing-here-{Guid.NewGuid():N}";

        (await client.GetAsync(path, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await Eventually.HoldsAsync(() => Task.FromResult(process.Output.Contains($"\"RequestPath\":\"{path}\"", StringComparison.Ordinal)));
        process.Output.ShouldNotContain("Microsoft.AspNetCore.Hosting.Diagnostics", customMessage: process.Output);
    }

    [Fact]
    public async Task A_content_root_the_operator_names_decides_where_the_host_looks_for_its_settings()
    {
        // Named on the command line, an empty directory is the content root even though the host's own has settings:
        // without appsettings.json's levels, ASP.NET Core's per-request lines show.
        var elsewhere = Directory.CreateTempSubdirectory("liandong-elsewhere").FullName;
        await using var process = await HostProcess.StartAsync(host, _ct, elsewhere, "--contentRoot", elsewhere);
        using var client = process.CreateClient();

        (await client.GetAsync("/api/nothing-here", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await Eventually.HoldsAsync(() => Task.FromResult(process.Output.Contains("Microsoft.AspNetCore.Hosting.Diagnostics", StringComparison.Ordinal)));
        process.Output.ShouldContain($"\"ContentRoot\":\"{elsewhere}");
    }

    [Fact]
    public async Task The_request_log_line_carries_the_correlation_id_the_caller_sent()
    {
        using var client = host.CreateClient();
        var id = $"log-line-{Guid.NewGuid():N}";
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", id);

        (await client.SendAsync(request, _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await Eventually.HoldsAsync(() => Task.FromResult(host.Logs.Lines.Any(line =>
            line.Contains("/health/live", StringComparison.Ordinal) && line.Contains($"CorrelationId=\"{id}\"", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Every_request_gets_its_own_correlation_id_also_in_a_trace_the_caller_continues()
    {
        using var client = host.CreateClient();
        var ids = new List<string>();
        foreach (var traceParent in new[] { null, null, "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
            if (traceParent is not null)
            {
                request.Headers.TryAddWithoutValidation("traceparent", traceParent);
            }

            var response = await client.SendAsync(request, _ct);
            ids.Add(response.Headers.GetValues("X-Correlation-Id").Single());
        }

        ids.ShouldAllBe(id => id.Length == 32, string.Join(" ", ids));
        ids.Distinct().Count().ShouldBe(4, string.Join(" ", ids));
        ids.ShouldNotContain("0af7651916cd43dd8448eb211c80319c");
    }

    [Fact]
    public async Task A_wrong_method_is_a_405_problem()
    {
        using var client = host.CreateClient();

        var response = await client.DeleteAsync("/api/platform/units", _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("code").GetString().ShouldBe("platform.method_not_allowed");
    }

    [Fact]
    public async Task Every_response_carries_the_security_headers()
    {
        using var client = host.CreateClient();

        var response = await client.GetAsync("/", _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("default-src 'self'");
    }

    [Fact]
    public async Task The_home_page_is_chinese_first_and_english_on_request()
    {
        using var client = host.CreateClient();

        var chinese = await client.GetStringAsync("/", _ct);
        var english = await client.GetStringAsync("/?culture=en", _ct);

        chinese.ShouldContain("<html lang=\"zh-Hans\">");
        chinese.ShouldContain("联动破产");
        english.ShouldContain("<html lang=\"en\">");
        english.ShouldContain("Liandong Bankruptcy");
    }

    [Fact]
    public async Task A_page_posted_a_form_that_cannot_be_read_answers_400_with_the_error_page()
    {
        using var client = host.CreateClient();
        using var cut = new ByteArrayContent("--cut\r\nContent-Disposition: form-data; name=\"userName\"\r\n\r\n"u8.ToArray()); // ends inside its field
        cut.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=cut");

        var response = await client.PostAsync("/account/sign-in", cut, _ct); // the error page once bound its route value from the same broken form

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var page = await response.Content.ReadAsStringAsync(_ct);
        page.ShouldContain("<html lang=\"zh-Hans\">");
        page.ShouldContain("id=\"correlation-id\"");
    }

    [GeneratedRegex("""(?:src|href)\s*=\s*["']?(?:https?:)?//[^"' >]+""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalAddress();

    private Task Owner(string sql) => host.Database.ExecuteAsOwnerAsync(sql);
}
