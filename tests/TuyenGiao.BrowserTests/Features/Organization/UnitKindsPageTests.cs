using Microsoft.Playwright;
using TuyenGiao.BrowserTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.BrowserTests.Features.Organization;

/// <summary>The unit kinds list: system administrators edit it, everyone else only reads it.</summary>
public sealed class UnitKindsPageTests(BrowserAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Administrator_adds_a_kind_and_a_taken_code_is_refused_in_Vietnamese()
    {
        var page = await SignInAsync("/quan-tri/loai-don-vi");
        await Expect(page.GetByTestId("kinds-table")).ToContainTextAsync("Công đoàn cơ sở");

        await page.GetByTestId("kind-add").ClickAsync();
        await Field(page, "kind-code").FillAsync("GrassrootsUnion");
        await Field(page, "kind-name").FillAsync("Công đoàn cơ sở (trùng mã)");
        await page.GetByTestId("kind-save").ClickAsync();
        await Expect(page.GetByTestId("problem")).ToContainTextAsync("Mã loại đơn vị \"GrassrootsUnion\" đã tồn tại.");
        await ScreenshotAsync(page, "kind-duplicate", fullPage: false);

        await Field(page, "kind-code").FillAsync("UnionSection");
        await Field(page, "kind-name").FillAsync("Công đoàn bộ phận");
        await page.GetByTestId("kind-save").ClickAsync();
        await Expect(page.Locator(".mud-dialog")).ToBeHiddenAsync();
        await Expect(page.GetByTestId("kinds-table")).ToContainTextAsync("Công đoàn bộ phận");
        await ScreenshotAsync(page, "kinds-admin");
    }

    [Fact]
    public async Task Viewer_reads_the_kinds_but_sees_no_edit_buttons_and_no_restructuring_actions()
    {
        var federation = await App.UnitIdAsync("Liên đoàn Lao động tỉnh Bắc Kạn");
        var (email, password) = await App.CreateUserAsync(AppRole.Viewer, federation);

        var page = await SignInAsAsync(email, password, "/quan-tri/loai-don-vi");
        await Expect(page.GetByTestId("kinds-table")).ToContainTextAsync("Công đoàn cơ sở");
        await Expect(page.GetByTestId("kinds-read-only")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("kind-add")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("kind-edit")).ToHaveCountAsync(0);
        await Expect(page.Locator(".mud-drawer")).Not.ToContainTextAsync("Loại đơn vị"); // a system administrator's menu entry

        await page.GotoAsync($"/quan-tri/don-vi/{federation}");
        await WaitInteractiveAsync(page);
        await Expect(page.GetByTestId("unit-name")).ToHaveTextAsync("Liên đoàn Lao động tỉnh Bắc Kạn");
        await Expect(page.GetByTestId("unit-actions")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("import-link")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Editor_of_one_district_sees_only_that_district_in_the_tree_and_not_other_units()
    {
        var district = await App.UnitIdAsync("Liên đoàn Lao động huyện Chợ Mới");
        var other = await App.UnitIdAsync("Liên đoàn Lao động huyện Ba Bể");
        var (email, password) = await App.CreateUserAsync(AppRole.Editor, district);

        var page = await SignInAsAsync(email, password, "/quan-tri/don-vi");
        var tree = page.GetByTestId("unit-tree");
        await Expect(tree.GetByText("Liên đoàn Lao động huyện Chợ Mới", new() { Exact = true })).ToBeVisibleAsync();
        await Expect(tree.GetByText("Liên đoàn Lao động tỉnh Bắc Kạn", new() { Exact = true })).ToHaveCountAsync(0);

        await Field(page, "unit-search").FillAsync("ba be");
        await Expect(page.GetByTestId("search-count")).ToContainTextAsync("Không tìm thấy");

        await page.GotoAsync($"/quan-tri/don-vi/{other}");
        await WaitInteractiveAsync(page);
        await Expect(page.GetByTestId("problem")).ToContainTextAsync("Không tìm thấy");
        await Expect(page.GetByTestId("unit-name")).ToHaveCountAsync(0);
    }
}
