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
                // Off the network without intercepting requests (an intercepting route turns the HTTP cache off, so every
                // page fetched its styles and scripts again through the test process): every address but loopback goes
                // to a proxy that is not there, and fails.
                "--proxy-server=http://127.0.0.1:9",
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

    /// <summary>A page whose requests to anywhere but <paramref name="host"/> fail (the browser's dead proxy) and are listed in <c>offsite</c>.</summary>
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
        context.Request += (_, request) =>
        {
            var url = new Uri(request.Url);
            if (url.Scheme is not ("data" or "blob") && (url.Host != host.Host || url.Port != host.Port))
            {
                lock (offsite)
                {
                    offsite.Add(request.Url);
                }
            }
        };
        return (context, await context.NewPageAsync(), offsite);
    }
}
