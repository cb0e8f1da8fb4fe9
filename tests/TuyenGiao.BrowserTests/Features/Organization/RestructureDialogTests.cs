using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TuyenGiao.BrowserTests.Infrastructure;
using TuyenGiao.Modules.Features.Organization.Queries;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.BrowserTests.Features.Organization;

/// <summary>A restructuring from the unit page: preview first, then confirm; errors in Vietnamese, nothing half-done.</summary>
public sealed class RestructureDialogTests(BrowserAppFixture app) : BrowserTest(app)
{
    private const string OldName = "Công đoàn cơ sở Trạm Y tế xã Cổ Linh";
    private const string NewName = "Công đoàn cơ sở Trạm Y tế xã Cổ Linh, huyện Pác Nặm";

    [Fact]
    public async Task Rename_with_preview_then_confirm_shows_the_new_name_and_the_history_line()
    {
        var page = await SignInAsync("/quan-tri/don-vi");
        await Field(page, "unit-search").FillAsync("tram y te xa co linh");
        await SearchResult(page, OldName).ClickAsync();
        await Expect(page.GetByTestId("unit-name")).ToHaveTextAsync(OldName);
        var unitId = int.Parse(page.Url.Split('/').Last().Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);

        await page.GetByTestId("action-rename").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.GetByTestId("dialog-confirm")).ToBeDisabledAsync();

        // The same name: the service's Vietnamese error, in the dialog, and nothing to confirm.
        await dialog.GetByTestId("dialog-preview").ClickAsync();
        await Expect(dialog.GetByTestId("problem")).ToContainTextAsync("Tên mới trùng với tên hiện tại.");
        await Expect(dialog.GetByTestId("dialog-confirm")).ToBeDisabledAsync();

        await Field(page, "rename-name").FillAsync(NewName);
        await Field(page, "rename-short-name").FillAsync("CĐCS Trạm Y tế Cổ Linh");
        await dialog.GetByTestId("dialog-preview").ClickAsync();
        await Expect(page.GetByTestId("preview-summary")).ToHaveTextAsync($"Đổi tên {OldName} thành {NewName}");
        await ScreenshotAsync(page, "rename-preview");
        Assert.Equal(OldName, await NameTodayAsync(unitId)); // a preview writes nothing

        await dialog.GetByTestId("dialog-confirm").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.GetByTestId("unit-name")).ToHaveTextAsync(NewName);
        var latest = page.GetByTestId("history-entry").First;
        await Expect(latest).ToContainTextAsync($"Đổi tên {OldName} thành {NewName}");
        await Expect(latest).ToContainTextAsync(VietnamToday() + " đến nay");
        await ScreenshotAsync(page, "rename-done");
        Assert.Equal(NewName, await NameTodayAsync(unitId));
    }

    [Fact]
    public async Task Changing_the_form_after_a_preview_asks_for_a_new_preview()
    {
        var page = await SignInAsync("/quan-tri/don-vi");
        await Field(page, "unit-search").FillAsync("lien doan lao dong huyen na ri");
        await SearchResult(page, "Liên đoàn Lao động huyện Na Rì").ClickAsync();
        await Expect(page.GetByTestId("unit-name")).ToHaveTextAsync("Liên đoàn Lao động huyện Na Rì");

        await page.GetByTestId("action-details").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Field(page, "details-email").FillAsync("khong-phai-email");
        await dialog.GetByTestId("dialog-preview").ClickAsync();
        await Expect(dialog.GetByTestId("problem")).ToContainTextAsync("Địa chỉ thư điện tử \"khong-phai-email\" không hợp lệ.");
        await ScreenshotAsync(page, "details-error");

        await Field(page, "details-email").FillAsync("ldld.nari@backan.gov.vn");
        await dialog.GetByTestId("dialog-preview").ClickAsync();
        await Expect(dialog.GetByTestId("dialog-confirm")).ToBeEnabledAsync();
        await Field(page, "details-phone").FillAsync("0209 3884 123");
        await Expect(dialog.GetByTestId("dialog-confirm")).ToBeDisabledAsync();
        await dialog.GetByTestId("dialog-cancel").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
    }

    [Theory]
    [InlineData("action-create", false, "Thêm đơn vị trực thuộc")]
    [InlineData("action-move", true, "Chuyển đơn vị cấp trên")]
    [InlineData("action-merge", true, "Hợp nhất")]
    [InlineData("action-split", true, "Chia tách")]
    [InlineData("action-dissolve", true, "Giải thể")]
    public async Task Every_action_opens_a_dialog_with_preview_and_a_confirm_that_waits_for_it(string action, bool inMenu, string title)
    {
        var page = await SignInAsync("/quan-tri/don-vi", 390, 844);
        await Field(page, "unit-search").FillAsync("lien doan lao dong huyen ngan son");
        await SearchResult(page, "Liên đoàn Lao động huyện Ngân Sơn").ClickAsync();
        await Expect(page.GetByTestId("unit-name")).ToHaveTextAsync("Liên đoàn Lao động huyện Ngân Sơn");

        if (inMenu)
        {
            await page.GetByTestId("action-more").ClickAsync();
        }

        await page.GetByTestId(action).ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await Expect(dialog).ToContainTextAsync(title);
        await Expect(page.GetByTestId("dialog-preview")).ToBeEnabledAsync();
        await Expect(page.GetByTestId("dialog-confirm")).ToBeDisabledAsync();
        await ScreenshotAsync(page, "dialog-" + action, fullPage: false);
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The dialog scrolls sideways on a phone.");
        await page.GetByTestId("dialog-cancel").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Merging_two_units_into_a_new_one_opens_the_new_unit_with_both_predecessors()
    {
        const string first = "Công đoàn cơ sở Trạm Y tế xã Vân Tùng";
        const string second = "Công đoàn cơ sở Trạm Y tế xã Bằng Vân";
        const string merged = "Công đoàn cơ sở Trạm Y tế liên xã Vân Tùng - Bằng Vân";
        var page = await SignInAsync("/quan-tri/don-vi");
        await Field(page, "unit-search").FillAsync("tram y te xa van tung");
        await SearchResult(page, first).ClickAsync();
        await Expect(page.GetByTestId("unit-name")).ToHaveTextAsync(first);

        await page.GetByTestId("action-more").ClickAsync();
        await page.GetByTestId("action-merge").ClickAsync();
        await PickUnitAsync(page, "merge-add-source", "tram y te xa bang van", second);
        await Expect(page.GetByTestId("merge-sources")).ToContainTextAsync(second);
        await page.GetByText("Thành lập đơn vị mới").ClickAsync();
        await Field(page, "merge-new-name").FillAsync(merged);
        await page.GetByTestId("dialog-preview").ClickAsync();
        var preview = page.GetByTestId("preview");
        await Expect(preview).ToContainTextAsync($"Thành lập {merged} (Công đoàn cơ sở) trực thuộc Liên đoàn Lao động huyện Ngân Sơn.");
        await Expect(preview).ToContainTextAsync($"{second} chấm dứt hoạt động, hợp nhất vào {merged}");
        await ScreenshotAsync(page, "merge-preview", fullPage: false);

        await page.GetByTestId("dialog-confirm").ClickAsync();
        await Expect(page.GetByTestId("unit-name")).ToHaveTextAsync(merged);
        var predecessors = page.GetByTestId("predecessors");
        await Expect(predecessors).ToContainTextAsync(first);
        await Expect(predecessors).ToContainTextAsync(second);

        // The merged unit's page still opens: it shows the unit as it last was, and where it went.
        await predecessors.GetByText(second).ClickAsync();
        await Expect(page.GetByTestId("unit-name")).ToHaveTextAsync(second);
        await Expect(page.GetByTestId("successors")).ToContainTextAsync(merged);
        await ScreenshotAsync(page, "merge-source-after");
    }

    [Fact]
    public async Task Splitting_a_unit_ends_it_and_lists_the_new_units_as_successors()
    {
        const string source = "Công đoàn cơ sở Khối cơ quan UBND huyện Ngân Sơn";
        var page = await SignInAsync("/quan-tri/don-vi");
        await Field(page, "unit-search").FillAsync("khoi co quan ubnd huyen ngan son");
        await SearchResult(page, source).ClickAsync();
        await Expect(page.GetByTestId("unit-name")).ToHaveTextAsync(source);

        await page.GetByTestId("action-more").ClickAsync();
        await page.GetByTestId("action-split").ClickAsync();
        await page.GetByTestId("dialog-preview").ClickAsync();
        await Expect(page.GetByTestId("problem")).ToContainTextAsync("Hãy nhập tên cho đơn vị mới 1.");

        await Field(page, "split-part-name-0").FillAsync("Công đoàn cơ sở Văn phòng HĐND và UBND huyện Ngân Sơn");
        await Field(page, "split-part-name-1").FillAsync("Công đoàn cơ sở Phòng Nội vụ huyện Ngân Sơn");
        await page.GetByTestId("dialog-preview").ClickAsync();
        await Expect(page.GetByTestId("preview-lines")).ToContainTextAsync($"{source} chấm dứt hoạt động.");
        await page.GetByTestId("dialog-confirm").ClickAsync();

        await Expect(page.GetByTestId("unit-ended")).ToContainTextAsync("chấm dứt hoạt động");
        var successors = page.GetByTestId("successors");
        await Expect(successors).ToContainTextAsync("Công đoàn cơ sở Văn phòng HĐND và UBND huyện Ngân Sơn");
        await Expect(successors).ToContainTextAsync("Công đoàn cơ sở Phòng Nội vụ huyện Ngân Sơn");
        await Expect(page.GetByTestId("unit-actions")).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "split-after");
    }

    private static async Task PickUnitAsync(IPage page, string testId, string typed, string name)
    {
        var input = Field(page, testId);
        await input.ClickAsync();
        await input.FillAsync(typed);
        await page.GetByTestId("pick-option").Filter(new() { Has = page.GetByText(name, new() { Exact = true }) }).ClickAsync();
    }

    private Task<string?> NameTodayAsync(int unitId) =>
        App.WithServicesAsync(async sp => (await sp.GetRequiredService<OrgUnitQueries>().GetAsync(unitId, null))?.Unit.Name);

    private static string VietnamToday() =>
        TuyenGiao.Modules.Shared.Time.VietnamTime.Format(TuyenGiao.Modules.Shared.Time.VietnamTime.Today(TimeProvider.System));
}
