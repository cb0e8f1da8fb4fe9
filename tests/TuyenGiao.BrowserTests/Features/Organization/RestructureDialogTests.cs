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

    private Task<string?> NameTodayAsync(int unitId) =>
        App.WithServicesAsync(async sp => (await sp.GetRequiredService<OrgUnitQueries>().GetAsync(unitId, null))?.Unit.Name);

    private static string VietnamToday() =>
        TuyenGiao.Modules.Shared.Time.VietnamTime.Format(TuyenGiao.Modules.Shared.Time.VietnamTime.Today(TimeProvider.System));
}
