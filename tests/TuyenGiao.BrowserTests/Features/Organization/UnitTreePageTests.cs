using Microsoft.Playwright;
using TuyenGiao.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.BrowserTests.Features.Organization;

/// <summary>The tree of union units: browse, search without diacritics, view another date, on a phone.</summary>
public sealed class UnitTreePageTests(BrowserAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Search_without_diacritics_finds_Bach_Thong_and_its_page_lists_its_grassroots_unions()
    {
        var page = await SignInAsync("/quan-tri/don-vi");
        await Expect(page.GetByTestId("page-title")).ToHaveTextAsync("Đơn vị công đoàn");
        var tree = page.GetByTestId("unit-tree");
        await Expect(tree.GetByText("Liên đoàn Lao động tỉnh Bắc Kạn", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(tree.GetByTestId("tree-node")).ToHaveCountAsync(11); // the federation, opened, and its 10 upper-level unions
        await ScreenshotAsync(page, "tree-desktop");

        await Field(page, "unit-search").FillAsync("bach thong");
        var hit = SearchResult(page, "Liên đoàn Lao động huyện Bạch Thông");
        await Expect(hit).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("search-count")).ToContainTextAsync("Tìm thấy");
        await Expect(page.GetByTestId("unit-tree")).ToBeHiddenAsync(); // the list replaces the tree while searching
        await ScreenshotAsync(page, "tree-search-bach-thong");

        await hit.ClickAsync();
        await Expect(page.GetByTestId("unit-name")).ToHaveTextAsync("Liên đoàn Lao động huyện Bạch Thông");
        await Expect(page.GetByTestId("breadcrumbs")).ToContainTextAsync("Liên đoàn Lao động tỉnh Bắc Kạn");
        await Expect(page.GetByTestId("children")).ToContainTextAsync("Đơn vị trực thuộc (81)");
        var children = page.GetByTestId("children-table").GetByTestId("child-link");
        await Expect(children).ToHaveCountAsync(25); // the first page
        await ScreenshotAsync(page, "unit-bach-thong");

        await Field(page, "children-filter").FillAsync("ubnd thi tran phu");
        await Expect(children).ToHaveTextAsync(["Công đoàn cơ sở UBND thị trấn Phủ Thông"]);
    }

    [Fact]
    public async Task Tree_opens_a_branch_on_demand()
    {
        var page = await SignInAsync("/quan-tri/don-vi");
        var branch = page.GetByTestId("unit-tree").Locator(".mud-treeview-item").Filter(new() { Has = page.GetByText("Liên đoàn Lao động huyện Ngân Sơn", new() { Exact = true }) }).Last;
        await branch.Locator(".mud-treeview-item-arrow button, button.mud-treeview-item-arrow-expand, .mud-treeview-item-arrow").First.ClickAsync();
        await Expect(page.GetByTestId("unit-tree").GetByText("Công đoàn cơ sở UBND thị trấn Nà Phặc", new() { Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_tree_can_be_viewed_as_of_another_date()
    {
        var page = await SignInAsync("/quan-tri/don-vi");
        await page.Locator(".tg-filter-date button").First.ClickAsync();
        await Expect(page.Locator(".mud-picker-calendar-header, .mud-picker-calendar").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "tree-date-picker", fullPage: false);
        await page.Mouse.ClickAsync(700, 110); // outside the calendar, on the page's subtitle (the menu on the left has links): it closes
        await Expect(page.Locator(".mud-picker-calendar").First).ToBeHiddenAsync();
        var date = Field(page, "as-of");
        await date.FillAsync("01/06/2023");
        await date.PressAsync("Tab");
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"ngay=2023-06-01"));
        await Expect(page.GetByTestId("as-of-note")).ToContainTextAsync("01/06/2023");
        await Expect(page.GetByTestId("unit-tree").GetByText("Liên đoàn Lao động tỉnh Bắc Kạn", new() { Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Phone_sized_screen_shows_the_tree_without_sideways_scrolling()
    {
        var page = await SignInAsync("/quan-tri/don-vi", 390, 844);
        await Expect(page.GetByTestId("unit-tree").GetByTestId("tree-node").Nth(10)).ToBeVisibleAsync();
        await ScreenshotAsync(page, "tree-phone");
        Assert.True(await FitsWidthAsync(page), "The tree page scrolls sideways on a 390 px wide screen.");

        await Field(page, "unit-search").FillAsync("bach thong");
        await Expect(page.GetByTestId("search-result").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "tree-search-phone");
        Assert.True(await FitsWidthAsync(page), "The search results scroll sideways on a 390 px wide screen.");

        await SearchResult(page, "Liên đoàn Lao động huyện Bạch Thông").ClickAsync();
        await Expect(page.GetByTestId("unit-name")).ToHaveTextAsync("Liên đoàn Lao động huyện Bạch Thông");
        await Expect(page.GetByTestId("child-link").First).ToBeVisibleAsync();
        await ScreenshotAsync(page, "unit-phone");
        await ScreenshotAsync(page, "unit-phone-top", fullPage: false);
        Assert.True(await FitsWidthAsync(page), "The unit page scrolls sideways on a 390 px wide screen.");
    }

    [Fact]
    public async Task English_switch_translates_the_tree_page()
    {
        var page = await SignInAsync("/quan-tri/don-vi");
        await page.GetByTestId("lang-en").ClickAsync();
        await WaitInteractiveAsync(page);
        await Expect(page.GetByTestId("page-title")).ToHaveTextAsync("Union units");
        await Expect(page.GetByTestId("unit-tree")).ToContainTextAsync("District or city federation of labour");
        await ScreenshotAsync(page, "tree-english");
        await page.GetByTestId("unit-tree").GetByText("Liên đoàn Lao động huyện Bạch Thông", new() { Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("unit-info")).ToContainTextAsync("Members (including the units below)");
        await ScreenshotAsync(page, "unit-english");
        await page.GetByTestId("lang-vi").ClickAsync();
        await WaitInteractiveAsync(page);
        await Expect(page.GetByTestId("unit-info")).ToContainTextAsync("Tổng số đoàn viên (kể cả cấp dưới)");
    }

    private static Task<bool> FitsWidthAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth && document.body.scrollWidth <= window.innerWidth");
}
