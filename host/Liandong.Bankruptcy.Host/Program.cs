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

var builder = WebApplication.CreateBuilder(args);
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
