using Liandong.Bankruptcy.Assets;
using Liandong.Bankruptcy.Cases;
using Liandong.Bankruptcy.Coordination;
using Liandong.Bankruptcy.Credit;
using Liandong.Bankruptcy.Deregistration;
using Liandong.Bankruptcy.Platform;
using Liandong.Bankruptcy.Platform.Hosting;
using Liandong.Bankruptcy.Platform.Modules;
using Liandong.Bankruptcy.Tax;
using Liandong.Bankruptcy.Wages;
using Scalar.AspNetCore;

// The content root holds appsettings.json (log levels among them) and wwwroot: the one named (--contentRoot,
// DOTNET_CONTENTROOT or ASPNETCORE_CONTENTROOT) if any, else the current directory when the host is started beside them
// (etc/dev.sh, dotnet run, a service manager's WorkingDirectory), else the host's own directory, as for
// `dotnet /opt/liandong/Liandong.Bankruptcy.Host.dll` started from elsewhere, which otherwise ran without its settings
// and logged every SQL command. (A root given in the options overrides a named one, so it is given only when none is.)
var namedContentRoot = new ConfigurationBuilder().AddEnvironmentVariables("DOTNET_").AddEnvironmentVariables("ASPNETCORE_")
    .AddCommandLine(args).Build()[WebHostDefaults.ContentRootKey];
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = namedContentRoot is null && !File.Exists("appsettings.json") ? AppContext.BaseDirectory : null,
});
builder.AddLiandong(args, Program.Modules());

var app = builder.Build();
app.UseLiandong();
app.MapScalarApiReference(o => o
    .WithTitle("联动破产 API")
    .DisableDefaultFonts()
    .DisableTelemetry())
    .AllowAnonymous();

return await app.RunLiandongAsync();

/// <summary>The host: the modules it runs, in order. No assembly scanning.</summary>
public partial class Program
{
    public static IModule[] Modules() =>
    [
        new PlatformModule(),
        new CasesModule(),
        new CoordinationModule(),
        new TaxModule(),
        new DeregistrationModule(),
        new CreditModule(),
        new WagesModule(),
        new AssetsModule(),
    ];
}
