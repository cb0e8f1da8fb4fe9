using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TuyenGiao.BrowserTests.Infrastructure;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Notifications.Contracts;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.BrowserTests.Features.Notifications;

/// <summary>The bell shows unread notices; the inbox opens them and marks them read.</summary>
public sealed class InboxPageTests(BrowserAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Bell_counts_an_unread_notice_and_reading_it_clears_the_count()
    {
        var unit = await App.UnitIdAsync("Công đoàn ngành Giáo dục tỉnh Bắc Kạn");
        var (email, password) = await App.CreateUserAsync(AppRole.Editor, unit);
        await App.WithServicesAsync(async services =>
        {
            var notifier = services.GetRequiredService<INotifier>();
            await notifier.NotifyUnitAsync(unit, new Notice("test.reminder", "Hướng dẫn 15/HD-LĐLĐ chờ báo cáo", "Hạn báo cáo: 05/12/2026.", "/quan-tri/thong-bao", "browser:" + Guid.NewGuid()));
            return await services.GetRequiredService<AppDbContext>().SaveChangesAsync();
        });

        var page = await SignInAsAsync(email, password, "/quan-tri");
        var bell = page.GetByTestId("notifications-bell");
        await Expect(bell).ToHaveAttributeAsync("aria-label", "Thông báo (1)");

        await bell.ClickAsync();
        await Expect(page.GetByText("Hướng dẫn 15/HD-LĐLĐ chờ báo cáo")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "notifications-inbox", fullPage: false);

        await page.GetByRole(AriaRole.Button, new() { Name = "Đã đọc", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Đã đọc", Exact = true })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "Tổng quan" }).ClickAsync();
        await Expect(page.GetByTestId("notifications-bell")).ToHaveAttributeAsync("aria-label", "Thông báo");
    }
}
