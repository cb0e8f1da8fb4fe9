using Microsoft.Playwright;
using TuyenGiao.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.BrowserTests.Features.Portal;

/// <summary>A reader on a cheap phone and on a desktop: home → topic → article, and a search without accents.</summary>
public sealed class PortalBrowserTests(BrowserAppFixture app) : BrowserTest(app)
{
    [Theory]
    [InlineData(360, 780, "phone")]
    [InlineData(1280, 860, "desktop")]
    public async Task Reader_goes_from_home_to_a_topic_to_an_article(int width, int height, string device)
    {
        var page = await OpenAsync(width, height);
        await page.GotoAsync("/");
        await Expect(page.GetByTestId("featured")).ToBeVisibleAsync();
        await Expect(page.Locator("main#main")).ToBeVisibleAsync();
        await ScreenshotAsync(page, $"portal-home-{device}");

        // Keyboard: the skip link shows on the screen when it has the focus.
        var skip = page.Locator("a.skip-link");
        await skip.FocusAsync();
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { X: >= 0, Y: >= 0 }, "the focused skip link is visible");

        await page.Locator(".p-topics a").Nth(5).ClickAsync();
        await page.WaitForURLAsync("**/chu-de/**");
        await Expect(page.Locator("h1")).ToContainTextAsync("Chính sách, pháp luật");
        await ScreenshotAsync(page, $"portal-topic-{device}");

        await page.GetByTestId("post-card").First.Locator("h3 a").ClickAsync();
        await page.WaitForURLAsync("**/bai-viet/**");
        await Expect(page.GetByTestId("article")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("share-facebook")).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^https://www\\.facebook\\.com/sharer/sharer\\.php\\?u="));
        await Expect(page.GetByTestId("share-zalo")).ToBeVisibleAsync();
        await ScreenshotAsync(page, $"portal-article-{device}");

        // Nothing wider than the screen on a phone.
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        Assert.False(overflow, "the page scrolls sideways");
    }

    [Fact]
    public async Task Searching_cong_doan_without_accents_highlights_Cong_doan()
    {
        var page = await OpenAsync(360, 780);
        await page.GotoAsync("/");
        await page.GetByTestId("portal-search-input").FillAsync("cong doan");
        await page.GetByTestId("portal-search-input").PressAsync("Enter");
        await page.WaitForURLAsync("**/tim-kiem?q=cong+doan");
        var hits = page.GetByTestId("search-hit");
        await Expect(hits.First).ToBeVisibleAsync();
        await Expect(hits.First.Locator("mark").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(Công|công|CÔNG) (Đoàn|đoàn|ĐOÀN)$")); // neighbouring matched words share one mark
        Assert.True(await page.Locator("mark", new PageLocatorOptions { HasText = "Công" }).CountAsync() > 0);
        await ScreenshotAsync(page, "portal-search-phone");
    }
}
