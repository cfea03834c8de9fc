using Microsoft.Playwright;

namespace Liandong.Bankruptcy.Browser.Tests;

/// <summary>
/// One headless Chromium per test assembly: Debian's headless shell (the same engine as Debian's chromium without the
/// desktop browser around it: about a quarter less CPU per page on two cores), started with the flags that keep it off
/// the network (toolchain.md); each test gets a fresh context that records every request leaving the host under test.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium-headless-shell";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: `etc/dev.sh test` installs Debian's chromium-headless-shell.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    /// <summary>The screens every flow is tried on: a desk (1366 × 768) and a phone (390 × 844).</summary>
    public static (int Width, int Height) Screen(int width) => (width, width < 600 ? 844 : 768);

    /// <summary>A page whose requests to anywhere but <paramref name="host"/> are blocked and listed in <c>offsite</c>.</summary>
    /// <remarks>The screen is a desk's (1366 × 768) unless <paramref name="viewport"/> says otherwise (a phone: 390 × 844).</remarks>
    public async Task<(IBrowserContext Context, IPage Page, List<string> Offsite)> OpenAsync(Uri host, string locale = "zh-CN", (int Width, int Height)? viewport = null)
    {
        var (width, height) = viewport ?? (1366, 768);
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = host.ToString(), Locale = locale, ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = width < 600, HasTouch = width < 600,
        });
        var offsite = new List<string>();
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Scheme is "data" or "blob" || (url.Host == host.Host && url.Port == host.Port))
            {
                await route.ContinueAsync();
            }
            else
            {
                lock (offsite)
                {
                    offsite.Add(route.Request.Url);
                }

                await route.AbortAsync();
            }
        });
        return (context, await context.NewPageAsync(), offsite);
    }
}
