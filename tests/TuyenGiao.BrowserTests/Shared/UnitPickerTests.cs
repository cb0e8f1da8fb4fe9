using Microsoft.Playwright;
using TuyenGiao.BrowserTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.BrowserTests.Shared;

/// <summary>
/// The one back-office unit picker (Shared/Components/UnitPicker) where Identity and Contests use it:
/// found without tones, with the parent shown to tell namesakes apart, limited to the units the
/// person may act on (the accounts page) or to the units under the organiser (a contest's eligible units).
/// </summary>
public sealed class UnitPickerTests(BrowserAppFixture app) : BrowserTest(app)
{
    private const string BachThong = "Liên đoàn Lao động huyện Bạch Thông";

    [Fact]
    public async Task Accounts_page_filters_by_a_unit_found_without_tones()
    {
        var page = await SignInAsync("/quan-tri/tai-khoan");
        await WaitInteractiveAsync(page);

        var input = Field(page, "unit-filter");
        await input.ClickAsync();
        await input.FillAsync("bach thong");
        var option = Option(page, BachThong);
        await Expect(option).ToBeVisibleAsync();
        await Expect(option).ToContainTextAsync("Bắc Kạn"); // the parent, under the name
        await ScreenshotAsync(page, "unit-picker-accounts", fullPage: false);
        await option.ClickAsync();
        await Expect(input).ToHaveValueAsync(BachThong);

        await input.FillAsync("khong co don vi nao ten nhu the nay");
        await Expect(page.GetByTestId("unit-option-none")).ToHaveTextAsync("Không tìm thấy đơn vị phù hợp.");
    }

    [Fact]
    public async Task Contest_eligible_units_are_searched_only_under_the_organiser()
    {
        var unit = await App.UnitIdAsync(BachThong);
        var (email, password) = await App.CreateUserAsync(AppRole.Editor, unit);
        var page = await SignInAsAsync(email, password, "/quan-tri/cuoc-thi/moi");
        await WaitInteractiveAsync(page);
        await Expect(Field(page, "contest-organiser")).ToHaveValueAsync(BachThong);

        var eligible = Field(page, "contest-eligible");
        await eligible.ClickAsync();
        await eligible.FillAsync("na ri");
        await Expect(page.GetByTestId("unit-option-none")).ToBeVisibleAsync(); // another district: not under the organiser
        await eligible.FillAsync("bach thong");
        await Expect(Option(page, BachThong)).ToBeVisibleAsync();
    }

    /// <summary>The option whose unit (not whose parent) is <paramref name="name"/>.</summary>
    private static ILocator Option(IPage page, string name) =>
        page.GetByTestId("unit-option").Filter(new() { Has = page.Locator(".mud-typography-body2").GetByText(name, new() { Exact = true }) });
}
