using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Liandong.Bankruptcy.Platform.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Host.Tests;

/// <summary>
/// Every API route and method, asked by those who may not: anonymous (401), and for each permission the route needs, a
/// user holding every other permission of its side (403). Both answers are problem details and change nothing. The
/// metadata says which permission a route needs (<see cref="EndpointPermissionTests"/>); this proves the running host
/// refuses without it, whatever the route values and body; and that neither side reaches the other's routes with all of its
/// own permissions (the host's administrator a county's, a county's administrator the host's).
/// </summary>
public sealed class PermissionSweepTests(LiandongHostFixture host)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_route_refuses_the_anonymous_with_401_and_a_user_lacking_any_one_of_its_permissions_with_403()
    {
        var county = await host.CreateCountyAsync();
        await host.SeedCountyAsync(county);
        var catalog = host.Services.GetRequiredService<PermissionCatalog>();
        using var anonymous = host.CreateClient();
        var lacking = new Dictionary<string, HttpClient>();
        var routes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Endpoint: e, Method: m)))
            .ToList();

        var wrong = new List<string>();
        var refusals = 0;
        try
        {
            foreach (var (endpoint, method) in routes)
            {
                var url = Url(endpoint.RoutePattern.RawText!);
                var name = $"{method} {endpoint.RoutePattern.RawText}";
                if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null)
                {
                    refusals++;
                    await ExpectAsync(anonymous, method, url, HttpStatusCode.Unauthorized, name + " anonymous", county, wrong);
                }

                foreach (var permission in Permissions.Required(endpoint.Metadata))
                {
                    if (!lacking.TryGetValue(permission, out var client))
                    {
                        var hostSide = !catalog.IsGrantable(permission, hostSide: false);
                        var others = catalog.ByName.Keys.Where(p => p != permission && catalog.IsGrantable(p, hostSide)).ToArray();
                        lacking[permission] = client = host.CreateClient(await host.CreateUserAsync(hostSide ? null : county, others));
                    }

                    refusals++;
                    await ExpectAsync(client, method, url, HttpStatusCode.Forbidden, $"{name} without {permission}", county, wrong);
                }
            }
        }
        finally
        {
            foreach (var client in lacking.Values)
            {
                client.Dispose();
            }
        }

        routes.Count.ShouldBeGreaterThan(100);
        refusals.ShouldBeGreaterThan(routes.Count); // the anonymous and at least one lacking permission, for most routes
        wrong.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_hosts_administrator_is_refused_every_county_route_and_a_countys_every_host_route()
    {
        var county = await host.CreateCountyAsync();
        var catalog = host.Services.GetRequiredService<PermissionCatalog>();
        string[] All(bool hostSide) => [.. catalog.ByName.Keys.Where(p => catalog.IsGrantable(p, hostSide))];
        using var hostAdministrator = host.CreateClient(await host.CreateUserAsync(null, All(hostSide: true)));
        using var countyAdministrator = host.CreateClient(await host.CreateUserAsync(county, All(hostSide: false)));
        var routes = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.StartsWith("/api/", StringComparison.Ordinal) && Permissions.Required(e.Metadata).Any())
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Endpoint: e, Method: m)))
            .ToList();

        var wrong = new List<string>();
        var asked = 0;
        foreach (var (endpoint, method) in routes)
        {
            var required = Permissions.Required(endpoint.Metadata).ToList();
            var name = $"{method} {endpoint.RoutePattern.RawText}";
            if (required.Any(p => !catalog.IsGrantable(p, hostSide: true)))
            {
                asked++;
                await ExpectAsync(hostAdministrator, method, Url(endpoint.RoutePattern.RawText!), HttpStatusCode.Forbidden, name + " as the host's administrator", county, wrong);
            }

            if (required.Any(p => !catalog.IsGrantable(p, hostSide: false)))
            {
                asked++;
                await ExpectAsync(countyAdministrator, method, Url(endpoint.RoutePattern.RawText!), HttpStatusCode.Forbidden, name + " as a county's administrator", county, wrong);
            }
        }

        asked.ShouldBeGreaterThan(100);
        wrong.ShouldBeEmpty();
    }

    private async Task ExpectAsync(HttpClient client, string method, string url, HttpStatusCode expected, string what, TestCounty county, List<string> wrong)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"0\""));
        var before = await CountyTrail.ChangesAsync(host, county, _ct);
        using var response = await client.SendAsync(request, _ct);
        if (response.StatusCode != expected)
        {
            wrong.Add($"{what}: {(int)response.StatusCode}");
        }
        else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            wrong.Add($"{what}: {(int)response.StatusCode} as {response.Content.Headers.ContentType?.MediaType ?? "nothing"}");
        }
        else if (method != "GET" && await CountyTrail.ChangesAsync(host, county, _ct) != before)
        {
            wrong.Add($"{what}: refused, yet the county's audit trail grew");
        }
    }

    /// <summary>The route with plausible values: a new id for a guid, 1 for a number, a word for the rest.</summary>
    private static string Url(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{(\w+)(:(\w+))?\}", m => m.Groups[3].Value switch
        {
            "guid" => Guid.NewGuid().ToString(),
            "int" or "long" => "1",
            _ => "x",
        });
}
