using Microsoft.Playwright;

namespace Liandong.Bankruptcy.Browser.Tests;

/// <summary>What a person sees in Chromium: Chinese first, English on request, and nothing fetched from the internet.</summary>
public sealed class ShellTests(LiandongHostFixture host, BrowserFixture browser)
{
    [Fact]
    public async Task The_home_page_opens_in_chinese_switches_to_english_and_loads_nothing_offsite()
    {
        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress);
        await using var _ = context;

        var response = await page.GotoAsync("/");

        response!.Status.ShouldBe(200);
        (await page.Locator("html").GetAttributeAsync("lang")).ShouldBe("zh-Hans");
        (await page.TitleAsync()).ShouldContain("联动破产");
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("culture=en", StringComparison.Ordinal));
        (await page.Locator("h1").InnerTextAsync()).ShouldContain("Liandong Bankruptcy");
        offsite.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_api_reference_renders_the_units_api_without_the_internet()
    {
        var (context, page, offsite) = await browser.OpenAsync(host.BaseAddress);
        await using var _ = context;
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };

        await page.GotoAsync("/scalar/");

        await page.GetByRole(AriaRole.Heading, new() { Name = "联动破产 Liandong Bankruptcy API" }).WaitForAsync(new() { Timeout = 20_000 });
        await page.GetByText("Units", new() { Exact = true }).First.ClickAsync();
        await page.GetByText("/api/platform/units/{id}").First.WaitForAsync();
        offsite.ShouldBeEmpty();
        errors.Where(e => e.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)).ShouldBeEmpty();
    }
}
