using Liandong.Bankruptcy.Platform.Hosting;
using Liandong.Bankruptcy.Platform.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Liandong.Bankruptcy.Platform.Tests;

/// <summary>What the host builds once for every request: its loggers and its module contexts' options.</summary>
public sealed class HostServicesTests(LiandongHostFixture host)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public void A_logger_is_made_once_per_category_and_writes_to_serilog_under_that_category()
    {
        var factory = host.Services.GetRequiredService<ILoggerFactory>();
        var first = factory.CreateLogger("Liandong.Tests.LoggerCategory");

        factory.CreateLogger("Liandong.Tests.LoggerCategory").ShouldBeSameAs(first);
        factory.CreateLogger("Liandong.Tests.OtherCategory").ShouldNotBeSameAs(first);
        var marker = Guid.NewGuid().ToString("N");
        first.LogWarning("记录器缓存 {Marker}", marker);
        host.Services.GetRequiredService<ILogger<HostServicesTests>>().LogWarning("类型记录器 {Marker}", marker);

        host.Logs.Lines.ShouldContain(line => line.Contains(marker, StringComparison.Ordinal)
                                              && line.Contains("SourceContext=\"Liandong.Tests.LoggerCategory\"", StringComparison.Ordinal));
        host.Logs.Lines.ShouldContain(line => line.Contains(marker, StringComparison.Ordinal)
                                              && line.Contains($"SourceContext=\"{typeof(HostServicesTests).FullName}\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_host_in_the_process_leaves_this_hosts_request_log_where_it_was()
    {
        await using (var other = ProductionHost())
        {
            other.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Liandong.Tests.Other").LogWarning("另一个主机");
        }

        using var client = host.CreateClient();
        var response = await client.GetAsync("/health/live", _ct);
        var correlation = response.Headers.GetValues("X-Correlation-Id").Single();

        await Eventually.HoldsAsync(() => Task.FromResult(host.Logs.Lines.Any(line =>
            line.Contains(correlation, StringComparison.Ordinal) && line.Contains("/health/live", StringComparison.Ordinal))));
    }

    [Fact]
    public async Task Efs_checks_for_a_context_used_twice_at_once_and_an_unsplit_query_are_on_in_the_tests_and_off_in_production()
    {
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            ThreadSafetyChecks(db).ShouldBeTrue();
            Should.Throw<InvalidOperationException>(() => TwoCollections(db).ToQueryString())
                .Message.ShouldContain(nameof(RelationalEventId.MultipleCollectionIncludeWarning));
            TwoCollections(db).AsSplitQuery().ToQueryString().ShouldNotBeEmpty(); // said how: compiles
        }

        await using var production = ProductionHost();
        production.Services.GetRequiredService<DatabaseSettings>().DevelopmentChecks.ShouldBeFalse();
        await using (var scope = production.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            ThreadSafetyChecks(db).ShouldBeFalse();
            TwoCollections(db).ToQueryString().ShouldNotBeEmpty(); // logged, not thrown
            // The rest of its configuration is the serving host's: still answering.
            (await db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\"").SingleAsync(_ct)).ShouldBe(1);
        }

        static bool ThreadSafetyChecks(DbContext db) =>
            db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.ThreadSafetyChecksEnabled;

        static IQueryable<object> TwoCollections(PlatformDbContext db) =>
            db.Memberships.Select(m => new { Roles = m.Roles.Select(r => r.RoleId).ToList(), Grants = m.Grants.Select(g => g.Permission).ToList() });
    }

    [Fact]
    public async Task The_requests_pool_takes_its_configured_size_and_a_size_below_one_stops_the_host()
    {
        await using (var configured = ProductionHost(requestConnections: "3"))
        {
            configured.Services.GetRequiredService<DatabaseSettings>().RequestPoolSize.ShouldBe(3);
        }

        await using (var unset = ProductionHost())
        {
            unset.Services.GetRequiredService<DatabaseSettings>().RequestPoolSize.ShouldBe(Math.Max(4, 2 * Environment.ProcessorCount));
        }

        Should.Throw<InvalidOperationException>(() => ProductionHost(requestConnections: "0"))
            .Message.ShouldContain("Liandong:RequestConnections");
    }

    /// <summary>A second host in this process, built as Production builds it, on the fixture's database.</summary>
    private WebApplication ProductionHost(string? requestConnections = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", Args = [] });
        builder.Configuration[$"ConnectionStrings:{LiandongHost.ConnectionName}"] = host.Database.AppConnectionString;
        builder.Configuration["Liandong:RequestConnections"] = requestConnections;
        builder.AddLiandong([], Program.Modules());
        return builder.Build();
    }
}
