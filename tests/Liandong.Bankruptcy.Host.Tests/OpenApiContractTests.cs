using System.Net.Http.Json;
using System.Text.Json;

namespace Liandong.Bankruptcy.Host.Tests;

/// <summary>
/// The OpenAPI document is the contract department systems build against: every operation has a stable name, a summary
/// and a description, a success response, and the problem-details responses it can answer. A new endpoint that skips
/// any of it fails here.
/// </summary>
public sealed class OpenApiContractTests(LiandongHostFixture host)
{
    private static readonly string[] Writes = ["post", "put", "delete", "patch"];

    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_operation_has_a_unique_name_a_summary_a_description_and_a_success_response()
    {
        var operations = await OperationsAsync();

        operations.Count.ShouldBeGreaterThan(100);
        var missing = operations
            .Where(o => Text(o.Operation, "operationId") is null || Text(o.Operation, "summary") is null || Text(o.Operation, "description") is null ||
                        !Responses(o.Operation).Any(s => s.StartsWith('2')))
            .Select(o => o.Name).ToList();
        missing.ShouldBeEmpty();
        operations.GroupBy(o => Text(o.Operation, "operationId")).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_operation_declares_the_problems_it_can_answer_as_problem_details()
    {
        var operations = await OperationsAsync();

        var missing = new List<string>();
        foreach (var (name, method, path, operation) in operations)
        {
            var declared = Responses(operation).ToHashSet();
            var expected = new List<string>();
            if (!path.StartsWith("/api/auth/token", StringComparison.Ordinal))
            {
                expected.AddRange(["401", "403"]);
            }

            if (path.Contains('{', StringComparison.Ordinal))
            {
                expected.Add("404");
            }

            if (Writes.Contains(method))
            {
                expected.AddRange(["400", "409", "422"]);
            }

            if (HasIfMatch(operation))
            {
                expected.AddRange(["412", "428"]);
            }

            missing.AddRange(expected.Where(s => !declared.Contains(s) || !IsProblem(operation, s)).Select(s => $"{name} {s}"));
        }

        missing.ShouldBeEmpty();
    }

    [Fact]
    public async Task Updates_that_need_if_match_declare_the_header_and_answer_412_and_428()
    {
        var operations = await OperationsAsync();

        var complete = operations.Single(o => Text(o.Operation, "operationId") == "CompleteItem").Operation;
        HasIfMatch(complete).ShouldBeTrue();
        Responses(complete).ShouldContain("412");
        Responses(complete).ShouldContain("428");
        var inbox = operations.Single(o => Text(o.Operation, "operationId") == "ListUnitInbox").Operation;
        HasIfMatch(inbox).ShouldBeFalse();
        Responses(inbox).ShouldNotContain("412");
    }

    [Fact]
    public async Task Every_upload_declares_its_form_a_binary_file_and_its_dates()
    {
        var operations = (await OperationsAsync()).ToDictionary(o => Text(o.Operation, "operationId")!, o => o.Operation);

        foreach (var (name, dates) in new[]
                 {
                     ("DeclareTaxClaimsFromSpreadsheet", new[] { "declaredOn" }), ("ImportEmployeeClaims", []), ("ImportBankStatement", []), ("AttachToItem", []),
                 })
        {
            var form = operations[name].GetProperty("requestBody").GetProperty("content").GetProperty("multipart/form-data").GetProperty("schema");
            form.GetProperty("properties").GetProperty("file").GetProperty("format").GetString().ShouldBe("binary", name);
            foreach (var date in dates)
            {
                form.GetProperty("properties").GetProperty(date).GetProperty("format").GetString().ShouldBe("date", name);
            }

            form.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldBe(["file", .. dates], ignoreOrder: true);
        }
    }

    [Fact]
    public async Task Every_array_in_a_request_body_declares_its_max_items()
    {
        using var client = host.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", _ct);
        var schemas = document.GetProperty("components").GetProperty("schemas");

        var unbounded = new List<string>();
        var arrays = 0;
        foreach (var (name, _, _, operation) in await OperationsAsync())
        {
            if (operation.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty("application/json", out var json))
            {
                Walk(json.GetProperty("schema"), name, []);
            }
        }

        arrays.ShouldBeGreaterThan(10); // the document does show request lists (register a case, roles, memos, risks …)
        unbounded.ShouldBeEmpty();

        void Walk(JsonElement schema, string at, HashSet<string> seen)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                var key = reference.GetString()!.Split('/')[^1];
                if (seen.Add(key))
                {
                    Walk(schemas.GetProperty(key), $"{at} {key}", seen);
                }

                return;
            }

            if (schema.TryGetProperty("type", out var type) && type.ToString().Contains("array", StringComparison.Ordinal))
            {
                arrays++;
                if (!schema.TryGetProperty("maxItems", out _))
                {
                    unbounded.Add(at);
                }

                if (schema.TryGetProperty("items", out var items))
                {
                    Walk(items, $"{at}[]", seen);
                }
            }

            foreach (var combined in new[] { "oneOf", "anyOf", "allOf" })
            {
                if (schema.TryGetProperty(combined, out var options))
                {
                    foreach (var option in options.EnumerateArray())
                    {
                        Walk(option, at, seen);
                    }
                }
            }

            if (schema.TryGetProperty("properties", out var properties))
            {
                foreach (var property in properties.EnumerateObject())
                {
                    Walk(property.Value, $"{at}.{property.Name}", seen);
                }
            }
        }
    }

    private async Task<List<(string Name, string Method, string Path, JsonElement Operation)>> OperationsAsync()
    {
        using var client = host.CreateClient();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", _ct);
        // Kept beside the test binaries, for linting (Spectral) and for review as an artefact of the run.
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "openapi.json"), document.GetRawText(), _ct);
        return [.. document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(m => m.Name is "get" or "post" or "put" or "delete" or "patch")
                .Select(m => ($"{m.Name.ToUpperInvariant()} {p.Name}", m.Name, p.Name, m.Value)))];
    }

    private static string? Text(JsonElement operation, string property) =>
        operation.TryGetProperty(property, out var value) && value.GetString() is { Length: > 0 } text ? text : null;

    private static IEnumerable<string> Responses(JsonElement operation) =>
        operation.TryGetProperty("responses", out var responses) ? responses.EnumerateObject().Select(r => r.Name) : [];

    private static bool IsProblem(JsonElement operation, string status) =>
        operation.GetProperty("responses").GetProperty(status).TryGetProperty("content", out var content) &&
        content.TryGetProperty("application/problem+json", out _);

    private static bool HasIfMatch(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters) &&
        parameters.EnumerateArray().Any(p => p.GetProperty("name").GetString() == "If-Match" && p.GetProperty("in").GetString() == "header");
}
