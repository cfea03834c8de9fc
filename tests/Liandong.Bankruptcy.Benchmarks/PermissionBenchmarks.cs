using System.Security.Claims;
using BenchmarkDotNet.Attributes;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Hosting;
using Liandong.Bankruptcy.Platform.Identity;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Liandong.Bankruptcy.Benchmarks;

/// <summary>
/// The permission check on a warm cache, and the whole authorization step of a request: the directory validation of
/// the principal (user, stamp, membership, county) and the policy evaluation of a permission-protected endpoint.
/// Runs against the dev database seeded by `etc/dev.sh run` (user 410305-admin).
/// </summary>
[MemoryDiagnoser]
public class PermissionBenchmarks
{
    private WebApplication _app = null!;
    private IPermissionChecker _checker = null!;
    private IAuthorizationService _authorization = null!;
    private SignInDirectory _directory = null!;
    private ClaimsPrincipal _principal = null!;
    private string _normalizedName = null!;

    [GlobalSetup]
    public void Setup()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", Args = [] });
        builder.Configuration[$"ConnectionStrings:{LiandongHost.ConnectionName}"] =
            Environment.GetEnvironmentVariable("ConnectionStrings__Liandong")
            ?? "Host=127.0.0.1;Port=55432;Database=liandong;Username=liandong_app;Password=liandong-dev-app";
        builder.Configuration["Serilog:MinimumLevel:Default"] = "Warning";
        builder.AddLiandong([], Program.Modules());
        _app = builder.Build();
        _checker = _app.Services.GetRequiredService<IPermissionChecker>();
        _authorization = _app.Services.GetRequiredService<IAuthorizationService>();
        _directory = _app.Services.GetRequiredService<SignInDirectory>();
        using var scope = _app.Services.CreateScope();
        _normalizedName = scope.ServiceProvider.GetRequiredService<ILookupNormalizer>().NormalizeName("410305-admin");
        var entry = _directory.FindAsync(_normalizedName, default).AsTask().GetAwaiter().GetResult()
                    ?? throw new InvalidOperationException("Run `etc/dev.sh run` once first: user 410305-admin is missing.");
        _principal = AccessClaims.Create(entry.UserId, "410305-admin", entry.HomeTenantId, entry.SecurityStamp, "bench");
        if (!_checker.IsGrantedAsync(_principal, PlatformPermissions.UnitsView).AsTask().GetAwaiter().GetResult())
        {
            throw new InvalidOperationException("410305-admin should hold Platform.Units");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _app.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Description = "warm permission check")]
    public ValueTask<bool> Check() => _checker.IsGrantedAsync(_principal, PlatformPermissions.UnitsView);

    [Benchmark(Description = "authorization step of a request")]
    public async Task<bool> AuthorizationStep()
    {
        var entry = await _directory.FindAsync(_normalizedName, default);
        var valid = entry is not null && entry.IsActive && entry.In(entry.HomeTenantId) is { IsUsable: true };
        var result = await _authorization.AuthorizeAsync(_principal, null, "permission:" + PlatformPermissions.UnitsView);
        return valid && result.Succeeded;
    }
}
