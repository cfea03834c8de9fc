using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Liandong.Bankruptcy.Platform.Auditing;
using Liandong.Bankruptcy.Platform.Authorization;
using Liandong.Bankruptcy.Platform.Features.Auth;
using Liandong.Bankruptcy.Platform.Health;
using Liandong.Bankruptcy.Platform.Identity;
using Liandong.Bankruptcy.Platform.Http;
using Liandong.Bankruptcy.Platform.Localization;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Platform.Persistence;
using Liandong.Bankruptcy.Platform.ProtectedData;
using Liandong.Bankruptcy.Platform.Tenancy;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.WebEncoders;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Wolverine;

namespace Liandong.Bankruptcy.Platform.Hosting;

/// <summary>The host's access wiring: identity, schemes, permissions, rate limit, protected-data keys.</summary>
public static partial class LiandongHost
{
    /// <summary>Keys from configuration or a key file; the host refuses to start without a complete key set.</summary>
    private static void AddProtectedData(IServiceCollection services, ConfigurationManager configuration)
    {
        services.AddOptions<ProtectedDataOptions>()
            .Bind(configuration.GetSection(ProtectedDataOptions.Section))
            .PostConfigure(o => o.LoadKeyFile())
            .Validate(o => o.IsComplete(out _), $"{ProtectedDataOptions.Section} needs Keys, a CurrentKey among them and a HashKey (or a KeyFile with them)")
            .ValidateOnStart();
        services.AddSingleton<IProtectedData, ProtectedDataService>();
    }

    /// <summary>Identity, the cookie and bearer schemes, permissions with their cache, the sign-in rate limit.</summary>
    private static void AddAccess(IServiceCollection services, IModule[] modules, HostVerb verb, int signInsPerAddress, int signInsPerAccount)
    {
        services.AddSingleton(new PermissionCatalog(
            modules.SelectMany(m => m.DefinePermissions()), modules.SelectMany(m => m.RoleTemplateGrants())));
        services.AddSingleton<AccessVersion>();
        services.AddSingleton<SignInDirectory>();
        services.AddSingleton<IPermissionChecker, PermissionChecker>();
        services.AddScoped<SignInService>();
        services.AddScoped<AccountService>();
        services.AddScoped<Shell.ShellService>();
        services.AddScoped<Features.Roles.RoleCommands>();
        services.AddScoped<Features.Users.UserCommands>();
        services.AddScoped<Features.Audit.AuditLog>();
        services.AddScoped<Time.IHolidayCalendar, Time.HolidayCalendar>();
        services.AddScoped<ICountyRegistry, CountyRegistry>();
        services.AddScoped<IUnitDirectory, UnitDirectory>();
        services.AddScoped<IMemberDirectory, MemberDirectory>();
        services.AddScoped<IAuditSubjects, Auditing.PlatformAuditSubjects>();
        services.AddSingleton<Identity.ICurrentUnit, Identity.CurrentUnit>();
        if (!verb.UsesOwner)
        {
            services.AddHostedService<AccessChangeListener>();
        }

        services.AddIdentityCore<User>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._";
            })
            .AddUserStore<UserStore>();

        // One key ring in PostgreSQL for every host, so a cookie or token issued by one host is valid on the others.
        services.AddDataProtection().SetApplicationName("Liandong.Bankruptcy");
        services.AddSingleton<KeyRing>();
        services.AddOptions<KeyManagementOptions>().Configure<KeyRing>((o, keyRing) => o.XmlRepository = keyRing);

        services.AddAuthentication(SchemeSelector)
            .AddPolicyScheme(SchemeSelector, SchemeSelector, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                    ? IdentityConstants.BearerScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = PrincipalValidation.CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = "/account/sign-in";
                o.Events.OnRedirectToLogin = c => Challenge(c, 401);
                o.Events.OnRedirectToAccessDenied = c => Challenge(c, 403);
            })
            .AddBearerToken(IdentityConstants.BearerScheme, o => o.BearerTokenExpiration = TimeSpan.FromHours(8));
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme).PostConfigure<TimeProvider>((o, clock) =>
            o.BearerTokenProtector = new BearerTicketCache(o.BearerTokenProtector, clock));
        services.AddAuthorization();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Attempts only: the sign-in page itself is never limited.
            o.AddPolicy(AuthEndpoints.SignInRateLimit, context => HttpMethods.IsGet(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("page")
                : RateLimitPartition.GetFixedWindowLimiter(AuthEndpoints.ClientAddress(context),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = signInsPerAddress, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = (context, _) => Problems.IsApi(context.HttpContext)
                ? new ValueTask(Problems.Result(context.HttpContext, 429, "platform.too_many_requests").ExecuteAsync(context.HttpContext))
                : ValueTask.CompletedTask; // a page: the status-code page explains it
        });
        services.AddSingleton(new SignInThrottle(signInsPerAccount));
    }

    // API callers get a status, browsers the sign-in page.
    private static Task Challenge(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (Problems.IsApi(context.HttpContext) || status == 403)
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
