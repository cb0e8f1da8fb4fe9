using Microsoft.Playwright;
using TuyenGiao.BrowserTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.BrowserTests.Features.Identity;

/// <summary>The back-office menu offers only what the person may do.</summary>
public sealed class MenuByRoleTests(BrowserAppFixture app) : BrowserTest(app)
{
    private static readonly string[] AdminOnly = ["Nhập đơn vị từ Excel", "Tài khoản", "Nhật ký hoạt động"];

    [Fact]
    public async Task A_grassroots_editor_sees_no_import_accounts_or_audit_entries()
    {
        var unit = await App.UnitIdAsync("Công đoàn ngành Giáo dục tỉnh Bắc Kạn");
        var (email, password) = await App.CreateUserAsync(AppRole.Editor, unit);

        var page = await SignInAsAsync(email, password, "/quan-tri");
        var menu = page.Locator(".mud-navmenu");
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Đơn vị công đoàn" })).ToBeVisibleAsync();
        foreach (var name in AdminOnly)
        {
            await Expect(menu.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToHaveCountAsync(0);
        }
    }

    [Fact]
    public async Task The_administrator_sees_every_entry()
    {
        var page = await SignInAsync("/quan-tri");
        var menu = page.Locator(".mud-navmenu");
        foreach (var name in AdminOnly)
        {
            await Expect(menu.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })).ToBeVisibleAsync();
        }
    }
}
