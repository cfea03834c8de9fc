using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Liandong.Bankruptcy.Platform.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Host.Tests;

/// <summary>
/// Every operation of the OpenAPI document, walked with the input a careless or hostile client sends: each field of a
/// plausible body replaced in turn by a wrong type, null, an empty or overlong or NUL-bearing text, an impossible date,
/// an unknown enum, a number out of range, an oversized list; broken JSON; odd query, header and path values. Sent as a
/// user holding every permission (the host's administrator on host routes; a member unit's user again on every read
/// and the items' writes), against a real accepted case where the
/// route takes one (or the first object of the list above the route: a unit, a role, an item …), so the inputs reach
/// the handlers. No answer is a 5xx; every refusal is problem details; a refused
/// write changes nothing in the county's audit trail.
/// </summary>
public sealed class OpenApiFuzzTests(LiandongHostFixture host)
{
    private static readonly string[] CaseFileRoots = ["/api/cases/{id}", "/api/tax/cases/{id}", "/api/assets/cases/{id}", "/api/wages/cases/{id}",
        "/api/credit/cases/{id}", "/api/deregistration/cases/{id}"];

    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private Dictionary<(HttpClient Client, string Path), EntityTagHeaderValue?> _versions = [];
    private long? _changes;

    [Fact]
    public async Task No_input_makes_any_operation_answer_5xx_and_every_refusal_is_problem_details_that_changes_nothing()
    {
        var county = await host.CreateCountyAsync();
        await host.SeedCountyAsync(county);
        var catalog = host.Services.GetRequiredService<PermissionCatalog>();
        string[] Grantable(bool hostSide) => [.. catalog.ByName.Keys.Where(p => catalog.IsGrantable(p, hostSide))];
        using var countyUser = host.CreateClient(await host.CreateUserAsync(county, Grantable(hostSide: false)));
        using var hostUser = host.CreateClient(await host.CreateUserAsync(null, Grantable(hostSide: true)));
        using var anonymous = host.CreateClient();
        var caseId = await TestCases.AcceptedAsync(countyUser, $"(2026){county.CourtCode}破申1号", _ct);
        // A member unit's user too (the inbox, an item's steps): for every read, and the items' writes.
        var tax = (await host.UnitsByKindAsync(county, _ct))["Tax"];
        using var unitUser = host.CreateClient(await host.CreateUnitUserAsync(county, tax, null, Grantable(hostSide: false)));

        var workbook = await countyUser.GetByteArrayAsync("/api/tax/cases/declaration-template.xlsx", _ct); // a real .xlsx, of one module's headers
        var document = await anonymous.GetFromJsonAsync<JsonElement>("/openapi/v1.json", _ct);
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Where(m => m.Name is "get" or "post" or "put" or "patch" or "delete")
                .Select(m => (Path: p.Name, Method: m.Name.ToUpperInvariant(), Operation: m.Value)))
            .ToList();
        HttpClient Who(string path) => path.StartsWith("/api/host/", StringComparison.Ordinal) ? hostUser
            : path.StartsWith("/api/auth/", StringComparison.Ordinal) ? anonymous : countyUser;

        var failures = new List<string>();
        var known = new Dictionary<string, Guid?>();
        var sent = 0;
        var walk = operations.Select(o => (o.Path, o.Method, o.Operation, Client: Who(o.Path)))
            .Concat(operations.Where(o => Who(o.Path) == countyUser && (o.Method == "GET" || o.Path.StartsWith("/api/coordination/items", StringComparison.Ordinal)))
                .Select(o => (o.Path, o.Method, o.Operation, Client: unitUser)))
            .OrderBy(o => o.Method == "DELETE") // the case is deleted (if ever) last
            .ToList();
        foreach (var (path, method, operation, client) in walk)
        {
            var parameters = operation.TryGetProperty("parameters", out var list) ? list.EnumerateArray().ToList() : [];
            var content = operation.TryGetProperty("requestBody", out var requestBody) ? requestBody.GetProperty("content") : default;
            var body = content.ValueKind == JsonValueKind.Object && content.TryGetProperty("application/json", out var json)
                ? Plausible(json.GetProperty("schema"), schemas, 0) : null;
            var form = content.ValueKind == JsonValueKind.Object && content.TryGetProperty("multipart/form-data", out var multipart)
                ? multipart.GetProperty("schema").GetProperty("properties").EnumerateObject().Select(f => f.Name).Where(f => f != "file").ToList() : null;

            var knownId = await KnownIdAsync(client, path, known);
            foreach (var probe in Probes(path, parameters, body, schemas, caseId, knownId).Concat(form is null ? [] : FormProbes(path, form, caseId, knownId, workbook)))
            {
                sent++;
                var outcome = await SendAsync(client, method, probe, county);
                if (outcome is not null)
                {
                    failures.Add($"{method} {path}{(client == unitUser ? " (a unit's user)" : "")} [{probe.What}]: {outcome}");
                }
            }
        }

        operations.Count.ShouldBeGreaterThan(100);
        sent.ShouldBeGreaterThan(3_000);
        failures.Take(60).ShouldBeEmpty($"{failures.Count} of {sent} probes went wrong");
    }

    /// <summary>The object a route's <c>{id}</c> names in the probes: the case for a case's files, else a known object of the list above.</summary>
    private static Guid? IdFor(string path, Guid caseId, Guid? knownId) =>
        CaseFileRoots.Any(root => path.StartsWith(root, StringComparison.Ordinal)) ? caseId : knownId;

    /// <summary>The requests for one operation: the plausible one, then one oddity at a time.</summary>
    private static IEnumerable<Probe> Probes(string path, List<JsonElement> parameters, JsonNode? body, JsonElement schemas, Guid caseId, Guid? knownId)
    {
        var pathValues = parameters.Where(p => p.GetProperty("in").GetString() == "path")
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => PlausibleText(p.GetProperty("schema"), schemas));
        if (pathValues.ContainsKey("id") && IdFor(path, caseId, knownId) is { } id)
        {
            pathValues["id"] = id.ToString();
        }

        var query = parameters.Where(p => p.GetProperty("in").GetString() == "query")
            .ToDictionary(p => p.GetProperty("name").GetString()!, p => PlausibleText(p.GetProperty("schema"), schemas));
        var headers = parameters.Where(p => p.GetProperty("in").GetString() == "header").Select(p => p.GetProperty("name").GetString()!).ToList();
        var ifMatch = headers.Contains("If-Match");

        Probe Make(string what, Dictionary<string, string>? pathOverride = null, Dictionary<string, string>? queryOverride = null,
            string? rawBody = null, JsonNode? bodyOverride = null, (string Name, string Value)? header = null, string contentType = "application/json") =>
            new(what, Url(path, pathOverride ?? pathValues, queryOverride ?? query),
                (rawBody ?? (bodyOverride ?? body)?.ToJsonString())?.Replace("\\u0001lone-surrogate\\u0001", "\\ud800", StringComparison.Ordinal), contentType, ifMatch, header);

        yield return Make("plausible");

        foreach (var name in pathValues.Keys)
        {
            foreach (var odd in OddTexts)
            {
                yield return Make($"path {name}={Show(odd)}", pathOverride: new(pathValues) { [name] = odd });
            }
        }

        foreach (var name in query.Keys)
        {
            foreach (var odd in OddTexts)
            {
                yield return Make($"query {name}={Show(odd)}", queryOverride: new(query) { [name] = odd });
            }
        }

        foreach (var name in headers)
        {
            foreach (var odd in OddHeaders)
            {
                yield return Make($"header {name}={Show(odd)}", header: (name, odd));
            }
        }

        if (body is null)
        {
            yield break;
        }

        foreach (var raw in BrokenBodies)
        {
            yield return Make($"body {Show(raw)}", rawBody: raw);
        }

        yield return Make("body as text/plain", contentType: "text/plain");
        foreach (var (at, value) in Leaves(body, "$"))
        {
            foreach (var odd in OddValues(value))
            {
                yield return Make($"{at}={Show(odd?.ToJsonString() ?? "null")}", bodyOverride: Replace(body, at, odd));
            }
        }
    }

    /// <summary>An upload's requests: no form, no file, an empty or broken or oversized file, an odd file name, odd dates.</summary>
    private static IEnumerable<Probe> FormProbes(string path, List<string> dates, Guid caseId, Guid? knownId, byte[] workbook)
    {
        var url = Url(path, new() { ["id"] = (IdFor(path, caseId, knownId) ?? Guid.NewGuid()).ToString() }, []);

        Probe Make(string what, byte[]? file, string fileName = "清单.xlsx", string? date = "2026-03-05") => new(what, url, null, "", true, null, () =>
        {
            var form = new MultipartFormDataContent();
            if (file is not null)
            {
                form.Add(new ByteArrayContent(file), "file", fileName);
            }

            foreach (var field in dates.Where(_ => date is not null))
            {
                form.Add(new StringContent(date!), field);
            }

            return form;
        });

        yield return Make("form: the template workbook", workbook);
        yield return Make("form: no file", null);
        yield return Make("form: an empty file", []);
        yield return Make("form: not a workbook", Encoding.UTF8.GetBytes("PK\u0003\u0004 not a zip at all \0"));
        yield return Make("form: a workbook cut in half", workbook[..(workbook.Length / 2)]);
        yield return Make("form: 11 MB", new byte[11 * 1024 * 1024]);
        yield return Make("form: a file named ../../etc/passwd", workbook, "../../etc/passwd");
        yield return Make("form: a 300-character file name", workbook, new string('长', 300) + ".xlsx");
        yield return Make("form: no date", workbook, date: null);
        foreach (var odd in OddTexts.Where(t => t != LoneSurrogate))
        {
            yield return Make($"form: date {Show(odd)}", workbook, date: odd);
        }

        yield return new Probe("form: JSON instead", url, "{}", "application/json", true, null);
        yield return new Probe("form: a body that ends inside its file", url, null, "", true, null, () =>
        {
            var cut = new ByteArrayContent(Encoding.UTF8.GetBytes("--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\nPK"));
            cut.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=cut");
            return cut;
        });
    }

    private static readonly string[] OddTexts =
    [
        "", "-1", "0", "2147483648", "99999999999999999999999999999", "1e400", "abc", "\0", "%", new string('长', 3000), "2026-02-30",
        "9999-12-31", "0001-01-01", "00000000-0000-0000-0000-000000000000", "../../etc/passwd", "<script>", LoneSurrogate,
    ];

    /// <summary>Half of a UTF-16 pair: sent as the JSON escape \ud800 and as the bytes %ED%A0%80 (neither is valid text).</summary>
    private const string LoneSurrogate = "\u0001lone-surrogate\u0001";

    private static readonly string[] OddHeaders = ["", "*", "\"x\"", "\"4294967296\"", "W/\"1\"", "\"-1\"", new('9', 3000)];

    private static readonly string[] BrokenBodies =
    [
        "", "{", "[]", "null", "\"x\"", "1", "{\"a\":" + new string('[', 200) + new string(']', 200) + "}", "\u0000",
    ];

    /// <summary>What replaces a field, by what the field holds.</summary>
    private static IEnumerable<JsonNode?> OddValues(JsonNode? value)
    {
        yield return null;
        switch (value)
        {
            case JsonArray array:
                yield return new JsonArray();
                yield return new JsonArray((JsonNode?)null);
                yield return new JsonArray([.. Enumerable.Range(0, 10_001).Select(_ => array.Count > 0 ? array[0]?.DeepClone() : JsonValue.Create(1))]);
                yield return JsonValue.Create("x");
                break;
            case JsonObject:
                yield return new JsonObject();
                yield return new JsonArray();
                yield return JsonValue.Create("x");
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                foreach (var text in new[] { "", " ", "\0", "x\0y", new string('长', 5000), "2026-02-30", "9999-12-31", "0001-01-01", "NoSuchValue", LoneSurrogate, "<b>&amp;</b>" })
                {
                    yield return JsonValue.Create(text);
                }

                yield return JsonValue.Create(12345);
                yield return new JsonArray();
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                foreach (var number in new[] { "-1", "0", "2147483648", "-9223372036854775809", "79228162514264337593543950336", "1e300", "1.0000000000000000000001", "0.001" })
                {
                    yield return JsonNode.Parse(number);
                }

                yield return JsonValue.Create("x");
                yield return JsonValue.Create(true);
                break;
            default:
                yield return JsonValue.Create("x");
                yield return JsonValue.Create(2);
                break;
        }
    }

    /// <summary>
    /// Sends one probe; null when the answer is as it should be, else what was wrong. A refused probe changes nothing (that
    /// is what is checked), so the county's change count after one is the next one's before, and a resource's version read
    /// for If-Match stays good until a write succeeds; both are read afresh after a success, and a 412 on a remembered
    /// version (a message handler may have moved it meanwhile) is sent again once with the version read anew.
    /// </summary>
    private async Task<string?> SendAsync(HttpClient client, string method, Probe probe, TestCounty county)
    {
        var write = method != "GET";
        var changesBefore = write ? _changes ??= await CountyTrail.ChangesAsync(host, county, _ct) : 0;
        var versioned = probe.IfMatch && probe.Header?.Name != "If-Match";
        var (answer, failure) = await AnswerAsync(client, method, probe, versioned ? await VersionAsync(client, probe.Url, fresh: false) : null);
        if (answer?.StatusCode == HttpStatusCode.PreconditionFailed && versioned)
        {
            answer.Dispose();
            (answer, failure) = await AnswerAsync(client, method, probe, await VersionAsync(client, probe.Url, fresh: true));
        }

        if (answer is null)
        {
            return failure;
        }

        using var response = answer;
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"{status} {Trim(await response.Content.ReadAsStringAsync(_ct))}";
        }

        if (status < 400)
        {
            if (write)
            {
                (_changes, _versions) = (null, []);
            }

            return null;
        }

        // Kestrel itself refuses a request line over 8 KB (414) and a NUL in the path (400), bare, before any of ours runs.
        var refusedByTheServer = status == 414 || (status == 400 && probe.Url.Split('?')[0].Contains("%00", StringComparison.Ordinal));
        if (!refusedByTheServer && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{status} as {response.Content.Headers.ContentType?.MediaType ?? "nothing"}, not problem details";
        }

        if (write && await CountyTrail.ChangesAsync(host, county, _ct) is var changesAfter && changesAfter != changesBefore)
        {
            _changes = changesAfter;
            return $"{status}, yet the county's audit trail grew";
        }

        return null;
    }

    /// <summary>The answer to the probe (with <paramref name="version"/> as If-Match, or "1" when the resource gives none), or why there is none.</summary>
    private async Task<(HttpResponseMessage? Answer, string? Failure)> AnswerAsync(HttpClient client, string method, Probe probe, EntityTagHeaderValue? version)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), probe.Url);
        if (probe.Form is not null)
        {
            request.Content = probe.Form();
        }
        else if (probe.Body is not null)
        {
            request.Content = new StringContent(probe.Body, Encoding.UTF8, probe.ContentType);
        }

        if (probe.IfMatch && probe.Header?.Name != "If-Match")
        {
            // The resource's own version (the nearest read up the path that gives one), so the probe reaches past the 412.
            request.Headers.IfMatch.Add(version ?? new EntityTagHeaderValue("\"1\""));
        }

        if (probe.Header is { } header)
        {
            request.Headers.TryAddWithoutValidation(header.Name, header.Value);
        }

        using var patience = CancellationTokenSource.CreateLinkedTokenSource(_ct);
        patience.CancelAfter(TimeSpan.FromSeconds(20));
        try
        {
            return (await client.SendAsync(request, patience.Token), null);
        }
        catch (OperationCanceledException) when (!_ct.IsCancellationRequested)
        {
            return (null, "no answer within 20 s");
        }
    }

    /// <summary>
    /// For a route under a list (<c>/api/platform/units/{id}/…</c>), the first id the list shows, so the probes reach a real
    /// object (the county's seeded units, roles, items …); null when there is no such list or it is empty.
    /// </summary>
    private static async Task<Guid?> KnownIdAsync(HttpClient client, string path, Dictionary<string, Guid?> known)
    {
        var at = path.IndexOf("/{id}", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var list = path[..at];
        if (list.EndsWith("/users", StringComparison.Ordinal) || list.StartsWith("/api/host/", StringComparison.Ordinal))
        {
            // The first user may be the prober itself, whose grants a plausible body would replace; the host's lists hold
            // other tests' counties.
            return null;
        }

        if (!known.TryGetValue(list, out var id))
        {
            using var read = await client.GetAsync(list, TestContext.Current.CancellationToken);
            var json = read.IsSuccessStatusCode && read.Content.Headers.ContentType?.MediaType == "application/json"
                ? await read.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken) : default;
            var items = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("items", out var i) ? i : json;
            known[list] = id = items.ValueKind == JsonValueKind.Array && items.GetArrayLength() > 0 && items[0].ValueKind == JsonValueKind.Object &&
                               items[0].TryGetProperty("id", out var value) && value.TryGetGuid(out var guid) ? guid : null;
        }

        return id;
    }

    private async Task<EntityTagHeaderValue?> VersionAsync(HttpClient client, string url, bool fresh)
    {
        var path = url.Split('?')[0];
        if (!fresh && _versions.TryGetValue((client, path), out var remembered))
        {
            return remembered;
        }

        return _versions[(client, path)] = await ReadVersionAsync(client, path);
    }

    private static async Task<EntityTagHeaderValue?> ReadVersionAsync(HttpClient client, string path)
    {
        for (var at = path; at.Count(c => c == '/') > 2; at = at[..at.LastIndexOf('/')])
        {
            using var read = await client.GetAsync(at, TestContext.Current.CancellationToken);
            if (read.IsSuccessStatusCode && read.Headers.ETag is { } etag)
            {
                return etag;
            }
        }

        return null;
    }

    /// <summary>A value the schema accepts as far as its type, format and enum say (not necessarily one the rules accept).</summary>
    private static JsonNode? Plausible(JsonElement schema, JsonElement schemas, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            return Plausible(schemas.GetProperty(reference.GetString()!.Split('/')[^1]), schemas, depth + 1);
        }

        foreach (var combined in new[] { "allOf", "oneOf", "anyOf" })
        {
            if (schema.TryGetProperty(combined, out var options))
            {
                var option = options.EnumerateArray().FirstOrDefault(o => !IsNull(o));
                return option.ValueKind == JsonValueKind.Undefined ? null : Plausible(option, schemas, depth + 1);
            }
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            return values.EnumerateArray().Where(v => v.ValueKind != JsonValueKind.Null).Select(v => JsonNode.Parse(v.GetRawText())).FirstOrDefault();
        }

        var type = TypeOf(schema);
        return type switch
        {
            "object" => Object(schema, schemas, depth),
            "array" => schema.TryGetProperty("items", out var items) ? new JsonArray((JsonNode?)Plausible(items, schemas, depth + 1)) : new JsonArray(),
            "integer" => JsonValue.Create(1),
            "number" => JsonValue.Create(100),
            "boolean" => JsonValue.Create(true),
            "string" => JsonValue.Create(PlausibleText(schema, schemas)),
            _ => schema.TryGetProperty("properties", out _) ? Object(schema, schemas, depth) : null,
        };
    }

    private static JsonObject Object(JsonElement schema, JsonElement schemas, int depth)
    {
        var result = new JsonObject();
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                result[property.Name] = Plausible(property.Value, schemas, depth + 1);
            }
        }

        return result;
    }

    private static string PlausibleText(JsonElement schema, JsonElement schemas)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            return PlausibleText(schemas.GetProperty(reference.GetString()!.Split('/')[^1]), schemas);
        }

        if (schema.TryGetProperty("enum", out var values))
        {
            return values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).FirstOrDefault() ?? "1";
        }

        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return format switch
        {
            "uuid" => Guid.NewGuid().ToString(),
            "date" => "2026-03-05",
            "date-time" => "2026-03-05T09:00:00+08:00",
            _ when TypeOf(schema) is "integer" or "number" => "1",
            _ when TypeOf(schema) == "boolean" => "true",
            _ => "洛阳",
        };
    }

    /// <summary>The schema's type, its "null" alternative aside (["null", "string"] is "string"; a number may also be a string).</summary>
    private static string? TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return null;
        }

        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).ToList() : [type.GetString()];
        return types.FirstOrDefault(t => t is "integer" or "number") ?? types.FirstOrDefault(t => t != "null");
    }

    private static bool IsNull(JsonElement schema) => schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "null";

    private static IEnumerable<(string At, JsonNode? Value)> Leaves(JsonNode? node, string at)
    {
        yield return (at, node);
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o)
                {
                    foreach (var leaf in Leaves(child, $"{at}.{name}"))
                    {
                        yield return leaf;
                    }
                }

                break;
            case JsonArray { Count: > 0 } a:
                foreach (var leaf in Leaves(a[0], $"{at}[0]"))
                {
                    yield return leaf;
                }

                break;
        }
    }

    /// <summary>A copy of <paramref name="body"/> with the node at <paramref name="at"/> (as <see cref="Leaves"/> names it) replaced.</summary>
    private static JsonNode? Replace(JsonNode body, string at, JsonNode? value)
    {
        if (at == "$")
        {
            return value?.DeepClone();
        }

        var copy = body.DeepClone();
        var parent = copy;
        var steps = at[2..].Replace("[0]", ".[0]", StringComparison.Ordinal).Split('.', StringSplitOptions.RemoveEmptyEntries);
        foreach (var step in steps[..^1])
        {
            parent = step == "[0]" ? parent![0] : parent![step];
        }

        if (steps[^1] == "[0]")
        {
            parent![0] = value?.DeepClone();
        }
        else
        {
            parent![steps[^1]] = value?.DeepClone();
        }

        return copy;
    }

    private static string Url(string path, Dictionary<string, string> pathValues, Dictionary<string, string> query)
    {
        var url = pathValues.Aggregate(path, (current, p) => current.Replace("{" + p.Key + "}", Escape(p.Value), StringComparison.Ordinal));
        return query.Count == 0 ? url : url + "?" + string.Join('&', query.Select(q => $"{Uri.EscapeDataString(q.Key)}={Escape(q.Value)}"));
    }

    private static string Escape(string text) => text == LoneSurrogate ? "%ED%A0%80" : Uri.EscapeDataString(text);

    private static string Show(string text) => text.Length > 24 ? $"{text[..12]}…({text.Length})" : text.Replace("\0", "\\0", StringComparison.Ordinal);

    private static string Trim(string text) => text.Length > 300 ? text[..300] : text;

    private sealed record Probe(string What, string Url, string? Body, string ContentType, bool IfMatch, (string Name, string Value)? Header, Func<HttpContent>? Form = null);
}
