using System.Net;
using Liandong.Bankruptcy.Platform.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Xunit;

namespace Liandong.Bankruptcy.Testing;

/// <summary>
/// One host per test assembly, on a real loopback port (real HTTP, and browsers can reach it), connected as the
/// application role to the assembly's own database.
/// </summary>
public sealed class LiandongHostFixture : IAsyncLifetime
{
    private Factory? _factory;

    public TestDatabase Database { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _factory!.Services;

    /// <summary>Every log event of the host, rendered with its properties: what an operator's log would hold.</summary>
    public CapturedLogs Logs { get; } = new();

    public async ValueTask InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(GetType().Assembly.GetName().Name ?? "tests");
        _factory = new Factory(Database.AppConnectionString, Logs);
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }

    /// <summary>An HTTP client over real loopback HTTP, signed in as <paramref name="user"/> (or anonymous).</summary>
    public HttpClient CreateClient(TestUser? user = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add(TestUser.Header, user.Encode());
        }

        return client;
    }

    /// <summary>A client whose connections come from <paramref name="source"/> (another loopback address: another desk).</summary>
    public HttpClient CreateClientFrom(IPAddress source, bool cookies = false)
    {
        var handler = new SocketsHttpHandler
        {
            UseCookies = cookies,
            AllowAutoRedirect = false,
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = BaseAddress };
    }

    public Task<TestCounty> CreateCountyAsync(string? name = null) => TestCounty.CreateAsync(Database, name);

    /// <summary>
    /// A user whose home is <paramref name="county"/> (null: the host side), with a membership there holding
    /// <paramref name="permissions"/> as direct grants, and a password when one is given.
    /// </summary>
    public Task<TestUser> CreateUserAsync(TestCounty? county, params string[] permissions) =>
        TestUsers.CreateAsync(Services, county?.Id ?? Platform.Tenants.Host, null, permissions);

    public Task<TestUser> CreateUserWithPasswordAsync(TestCounty? county, string password, params string[] permissions) =>
        TestUsers.CreateAsync(Services, county?.Id ?? Platform.Tenants.Host, password, permissions);

    /// <summary>
    /// Gives a test county what a real one starts with (every module's <c>SeedCountyAsync</c>: units, role templates,
    /// the national holiday calendar, the item list …), as a county created by a host administrator gets it.
    /// </summary>
    public Task SeedCountyAsync(TestCounty county) =>
        Platform.Seeding.CountySeeding.SeedAsync(Services, new Platform.Modules.CountyInfo(county.Id, county.DivisionCode, county.Name), CancellationToken.None);

    /// <summary>A user of <paramref name="county"/> working for the unit <paramref name="unitId"/> (an administrator firm …).</summary>
    public Task<TestUser> CreateUnitUserAsync(TestCounty county, Guid unitId, string? password, params string[] permissions) =>
        TestUsers.CreateAsync(Services, county.Id, password, permissions, unitId);

    /// <summary>The county's units by kind (the first of each kind, as the item list assigns them), read over HTTP as a user who may see them.</summary>
    public async Task<Dictionary<string, Guid>> UnitsByKindAsync(TestCounty county, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(county);
        Dictionary<string, Guid> units = [];
        using var reader = CreateClient(await CreateUserAsync(county, Platform.PlatformPermissions.UnitsView));
        var list = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(reader, "/api/platform/units?limit=200", cancellationToken);
        foreach (var unit in list.GetProperty("items").EnumerateArray())
        {
            units.TryAdd(unit.GetProperty("kind").GetString()!, unit.GetProperty("id").GetGuid());
        }

        return units;
    }

    /// <summary>Gives an existing user a membership in another county, with its own grants there.</summary>
    public Task AddMembershipAsync(TestUser user, TestCounty county, params string[] permissions) =>
        TestUsers.AddMembershipAsync(Services, user, county.Id, permissions);

    private sealed class Factory(string connectionString, CapturedLogs logs) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting($"ConnectionStrings:{LiandongHost.ConnectionName}", connectionString);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
            builder.UseSetting("Liandong:ConsoleLogLevel", "Warning");
            builder.UseSetting("Liandong:Coordination:SweepEnabled", "false"); // tests run sweeps themselves, on a fake clock
            foreach (var (key, value) in TestEnvironment.ProtectedDataSettings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services =>
            {
                // The test header signs in a test user; without it, the product's own cookie and bearer schemes decide.
                services.AddAuthentication(o => o.DefaultScheme = "TestOrProduct")
                    .AddPolicyScheme("TestOrProduct", null, o => o.ForwardDefaultSelector = context =>
                        context.Request.Headers.ContainsKey(TestUser.Header) ? TestAuthenticationHandler.SchemeName : LiandongHost.SchemeSelector)
                    .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, null);
                services.RunWolverineInSoloMode();
                services.AddSingleton<Serilog.Core.ILogEventSink>(logs);
            });
        }
    }
}
