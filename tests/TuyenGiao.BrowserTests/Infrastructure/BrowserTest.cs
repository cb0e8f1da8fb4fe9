using System.Text.RegularExpressions;
using Microsoft.Playwright;
using TuyenGiao.IntegrationTests.Infrastructure;

namespace TuyenGiao.BrowserTests.Infrastructure;

/// <summary>What the browser tests say in a person's words: sign in, wait for the page to be live, look.</summary>
[Collection(BrowserSuite.Name)]
public abstract class BrowserTest(BrowserAppFixture app) : IAsyncLifetime
{
    private readonly List<IPage> pages = [];

    protected BrowserAppFixture App => app;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var page in pages)
        {
            await page.Context.CloseAsync();
        }
    }

    protected async Task<IPage> OpenAsync(int width = 1280, int height = 860)
    {
        var page = await app.NewPageAsync(width, height);
        pages.Add(page);
        return page;
    }

    /// <summary>Signs in as the administrator on the sign-in page and lands on <paramref name="returnUrl"/>, ready to click.</summary>
    protected Task<IPage> SignInAsync(string returnUrl = "/quan-tri", int width = 1280, int height = 860) =>
        SignInAsAsync(AppFixture.AdminEmail, AppFixture.AdminPassword, returnUrl, width, height);

    protected async Task<IPage> SignInAsAsync(string email, string password, string returnUrl = "/quan-tri", int width = 1280, int height = 860)
    {
        var page = await OpenAsync(width, height);
        await page.GotoAsync("/dang-nhap?returnUrl=" + Uri.EscapeDataString(returnUrl));
        await page.GetByTestId("email").FillAsync(email);
        await page.GetByTestId("password").FillAsync(password);
        await page.GetByTestId("sign-in-submit").ClickAsync();
        await page.WaitForURLAsync(new Regex(Regex.Escape(returnUrl.Split('?')[0]) + @"(\?.*)?$"));
        await WaitInteractiveAsync(page);
        return page;
    }

    /// <summary>
    /// The back-office is prerendered, then goes live over SignalR; a click before that is lost.
    /// The layout renders a marker only once it is interactive.
    /// </summary>
    protected static Task WaitInteractiveAsync(IPage page) =>
        page.GetByTestId("circuit-ready").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached });

    protected static async Task ScreenshotAsync(IPage page, string name, bool fullPage = true) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserAppFixture.ScreenshotDir, name + ".png"), FullPage = fullPage });

    /// <summary>The search result whose unit name is exactly <paramref name="name"/> (not a unit merely under it).</summary>
    protected static ILocator SearchResult(IPage page, string name) =>
        page.GetByTestId("search-result").Filter(new LocatorFilterOptions { Has = page.GetByText(name, new PageGetByTextOptions { Exact = true }) });

    /// <summary>A MudBlazor field's input found by its data-testid (on the input itself or on its wrapper).</summary>
    protected static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid='{testId}'], textarea[data-testid='{testId}'], [data-testid='{testId}'] input:not([type=hidden]), [data-testid='{testId}'] textarea").First;
}
