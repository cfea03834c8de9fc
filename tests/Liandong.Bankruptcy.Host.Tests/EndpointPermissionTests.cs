using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Host.Tests;

/// <summary>Every endpoint and page states a permission, or is explicitly anonymous or for any signed-in user.</summary>
public sealed class EndpointPermissionTests(LiandongHostFixture host)
{
    [Fact]
    public void Every_endpoint_and_page_has_a_permission_or_an_explicit_mark()
    {
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints;

        endpoints.Count.ShouldBeGreaterThan(15);
        endpoints.OfType<RouteEndpoint>().ShouldContain(e => e.RoutePattern.RawText!.TrimStart('/') == "account/sign-in");
        PermissionHarness.Unmarked(endpoints).ShouldBeEmpty();
    }

    [Fact]
    public void Every_permission_an_endpoint_asks_for_is_defined()
    {
        var catalog = host.Services.GetRequiredService<PermissionCatalog>();
        var endpoints = host.Services.GetRequiredService<EndpointDataSource>().Endpoints;

        PermissionHarness.Undefined(endpoints, catalog).ShouldBeEmpty();
        PermissionHarness.Named(endpoints).ShouldContain(PlatformPermissions.UnitsManage);
    }

    [Fact]
    public void The_harness_fails_on_a_bare_endpoint_and_on_an_undefined_permission()
    {
        var catalog = host.Services.GetRequiredService<PermissionCatalog>();
        Endpoint[] sample =
        [
            Endpoint("/api/sample/bare"),
            Endpoint("/api/sample/anonymous", new AllowAnonymousAttribute()),
            Endpoint("/api/sample/undefined", new AuthorizeAttribute("permission:Sample.Nothing")),
        ];

        PermissionHarness.Unmarked(sample).ShouldBe(["/api/sample/bare"]);
        PermissionHarness.Undefined(sample, catalog).ShouldBe(["/api/sample/undefined → Sample.Nothing"]);
    }

    private static RouteEndpoint Endpoint(string pattern, params object[] metadata) =>
        new(_ => Task.CompletedTask, RoutePatternFactory.Parse(pattern), 0, new EndpointMetadataCollection(metadata), pattern);
}

/// <summary>The permission harness: what it reports is what a new endpoint must fix.</summary>
public static class PermissionHarness
{
    public static IReadOnlyList<string> Unmarked(IEnumerable<Endpoint> endpoints) =>
        endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null
                        && e.Metadata.GetMetadata<SignedInOnlyAttribute>() is null
                        && !Platform.Authorization.Permissions.Required(e.Metadata).Any())
            .Select(e => e.RoutePattern.RawText ?? e.DisplayName ?? "?")
            .ToList();

    public static IReadOnlyList<string> Undefined(IEnumerable<Endpoint> endpoints, PermissionCatalog catalog) =>
        endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => Platform.Authorization.Permissions.Required(e.Metadata).Where(p => !catalog.ByName.ContainsKey(p)).Select(p => $"{e.RoutePattern.RawText} → {p}"))
            .ToList();

    public static IReadOnlyList<string> Named(IEnumerable<Endpoint> endpoints) =>
        endpoints.SelectMany(e => Platform.Authorization.Permissions.Required(e.Metadata)).Distinct().ToList();
}
