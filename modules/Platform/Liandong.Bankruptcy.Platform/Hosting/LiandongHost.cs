using System.Text.Encodings.Web;
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
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Wolverine;

namespace Liandong.Bankruptcy.Platform.Hosting;

/// <summary>
/// Everything the host needs besides its module list: connection, logging, errors, localization, authentication and
/// authorization, the tenant scope, messaging, health, and the command verbs (<c>migrate</c>, <c>seed-demo</c>).
/// </summary>
public static partial class LiandongHost
{
    /// <summary>The application role's connection: the only one a running host holds.</summary>
    public const string ConnectionName = "Liandong";

    /// <summary>The owner's connection: read only by the <c>migrate</c> and <c>seed-demo</c> verbs.</summary>
    public const string OwnerConnectionName = "LiandongOwner";

    public static WebApplicationBuilder AddLiandong(this WebApplicationBuilder builder, string[] args, params IModule[] modules)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var verb = HostVerb.Parse(args);
        var connectionString = builder.Configuration.GetConnectionString(verb.UsesOwner ? OwnerConnectionName : ConnectionName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{(verb.UsesOwner ? OwnerConnectionName : ConnectionName)} is not configured (see README).");

        // A lifetime mistake (a singleton holding a scoped service) fails at start-up, not under load.
        builder.Host.UseDefaultServiceProvider(o =>
        {
            o.ValidateOnBuild = true;
            o.ValidateScopes = !builder.Environment.IsProduction();
        });

        var services = builder.Services;
        services.AddSingleton(verb);
        services.AddSingleton(new ModuleCatalog(modules));
        var requestConnections = builder.Configuration.GetValue<int?>("Liandong:RequestConnections");
        if (requestConnections is < 1)
        {
            throw new InvalidOperationException("Liandong:RequestConnections, when set, is at least 1 (see the Platform README).");
        }

        services.AddSingleton(new DatabaseSettings(connectionString, Serving: !verb.UsesOwner, DevelopmentChecks: !builder.Environment.IsProduction(),
            RequestConnections: requestConnections));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<TenantCommandInterceptor>();
        services.AddHttpContextAccessor();
        services.AddSingleton<IAuditContext, HttpAuditContext>();
        AddProtectedData(services, builder.Configuration);

        services.AddSerilog((sp, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).Enrich.FromLogContext()
                .Enrich.With(new CorrelationId.LogEnricher(sp.GetRequiredService<IHttpContextAccessor>()));
            var consoleLevel = builder.Configuration.GetValue("Liandong:ConsoleLogLevel", LogEventLevel.Verbose);
            // Written on a background thread: a request never waits for the console (or whatever reads it) under a lock.
            // What waits is written when the host stops; a killed process loses at most what was still waiting.
            if (builder.Environment.IsDevelopment())
            {
                logger.WriteTo.Async(console => console.Console(outputTemplate:
                    "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}",
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture, restrictedToMinimumLevel: consoleLevel));
            }
            else
            {
                logger.WriteTo.Sink(new BatchedConsoleSink(new RenderedCompactJsonFormatter(), Console.OpenStandardOutput()), consoleLevel);
            }

            foreach (var sink in sp.GetServices<ILogEventSink>())
            {
                logger.WriteTo.Sink(sink);
            }
        }, preserveStaticLogger: true); // the host's own logger, not Serilog's static one: a second host in the process (a test's) keeps its own
        CachedLoggerFactory.Decorate(services);

        services.AddLocalization();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = Problems.Complete);
        services.AddExceptionHandler<ExceptionToProblem>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(30));

        // Behind a reverse proxy, the client's address (lockout, rate limit, audit) comes from X-Forwarded-For, but only
        // from the proxies named in Liandong:KnownProxies. With none configured the middleware is not used at all: with
        // empty lists it would believe every forwarded header (ForwardedHeadersMiddleware.checkKnownIps).
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var proxy in builder.Configuration.GetSection("Liandong:KnownProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.AddOpenApi(OpenApiDocument.Configure);
        services.AddRazorPages();
        // Global (MvcOptions) filters reach pages in areas too; a page convention on "/" would not.
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.AddService<AuditActionPageFilter>());
        services.AddSingleton<AuditActions>();
        services.AddScoped<AuditActionPageFilter>();
        // Chinese text stays readable in pages instead of being written as numeric character references.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        // Sign-in attempts per minute: per client address (a county may sit behind one address) and per account.
        AddAccess(services, modules, verb, builder.Configuration.GetValue("Liandong:SignIn:PerAddressPerMinute", 300),
            builder.Configuration.GetValue("Liandong:SignIn:PerAccountPerMinute", 10));

        services.AddHealthChecks()
            .AddNpgSql(connectionString, name: "postgresql", tags: ["ready"])
            .AddCheck<MessageStoreHealthCheck>("message-store", tags: ["ready"]);

        var currentTenant = new CurrentTenant();
        services.AddSingleton<ICurrentTenant>(currentTenant);
        builder.Host.UseWolverine(o => Messaging.Messaging.Configure(
            o, connectionString, modules.Select(m => m.GetType().Assembly).Distinct(), currentTenant));

        foreach (var module in modules)
        {
            module.AddServices(services, builder.Configuration);
        }

        return builder;
    }

    public static WebApplication UseLiandong(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value.KnownProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        app.Use(CorrelationId.Middleware);
        app.Use(SecurityHeaders.Middleware);
        // Outside the exception handler, so problems are written in the request's language.
        app.UseRequestLocalization(o =>
        {
            o.SetDefaultCulture(Cultures.Chinese.Name);
            o.SupportedCultures = [.. Cultures.Supported];
            o.SupportedUICultures = [.. Cultures.Supported];
            o.FallBackToParentUICultures = true;
        });
        app.UseSerilogRequestLogging(o => o.Logger = app.Services.GetRequiredService<Serilog.ILogger>()); // this host's, not the static one
        // Outside the exception handler, so the audit records the status the client really got.
        app.Use(RequestAudit.Middleware);
        // A page that fails (403, 404, 429, 500 …) shows a readable page in the user's language; the API answers
        // problem details. Outside the exception handler, which leaves a page's failure without a body for it.
        app.UseWhen(c => !Problems.IsApi(c), page => page.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseExceptionHandler();
        app.UseWhen(Problems.IsApi, api => api.UseStatusCodePages());
        app.UseStaticFiles();
        app.UseRouting();
        app.Use(ApiCookieWrites.Middleware);
        app.UseRateLimiter();
        app.UseAuthentication();
        app.Use((context, next) => PrincipalValidation.Middleware(
            context, next, context.RequestServices.GetRequiredService<SignInDirectory>(),
            context.RequestServices.GetRequiredService<ILookupNormalizer>()));
        app.Use((context, next) => TenantScopeMiddleware.Invoke(
            context, next, context.RequestServices.GetRequiredService<ICurrentTenant>()));
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains("ready"),
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = 200,
                [HealthStatus.Degraded] = 200,
                [HealthStatus.Unhealthy] = 503,
            },
        }).AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();

        var api = app.MapGroup("/api").AddEndpointFilterFactory(ValidationFilter.Factory).DeclareProblems();
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            module.MapEndpoints(api);
        }

        app.MapRazorPages();
        return app;
    }

    /// <summary>Runs the verb the command line asked for: the web host, or <c>migrate</c> / <c>seed-demo</c>.</summary>
    public static async Task<int> RunLiandongAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var verb = app.Services.GetRequiredService<HostVerb>();
        if (!verb.UsesOwner)
        {
            await app.RunAsync();
            return 0;
        }

        return await Migrator.RunAsync(app.Services, verb, app.Lifetime.ApplicationStopping);
    }

    /// <summary>The default scheme: bearer when the request carries one, else the cookie.</summary>
    public const string SchemeSelector = "liandong";

}

/// <summary>The modules the host listed, in order.</summary>
public sealed record ModuleCatalog(IReadOnlyList<IModule> Modules);
