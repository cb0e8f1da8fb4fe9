using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TuyenGiao.BrowserTests.Infrastructure;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Domain;
using TuyenGiao.Modules.Features.Identity.Data;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.BrowserTests.Features.Channels;

/// <summary>
/// Engagement figures as an official sees them: the channel's followers and trend with its posts'
/// figures (and "read now" refused while another reading runs), the post's panel on its edit page,
/// and the dashboard panel. The figures are written as the import would have written them (the
/// browser suite runs no fake platforms).
/// </summary>
public sealed class EngagementPageTests(BrowserAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Channel_page_post_page_and_dashboard_show_the_imported_figures()
    {
        var (channelId, postId, title) = await SeedAsync();

        var page = await SignInAsync("/quan-tri/kenh-truyen-thong");
        await page.GetByTestId($"channel-figures-{channelId}").ClickAsync();
        var card = page.GetByTestId("channel-engagement");
        await Expect(card.GetByTestId("channel-followers")).ToContainTextAsync("15.230");
        await Expect(card.GetByTestId("channel-trend")).ToBeVisibleAsync();
        await Expect(card.GetByTestId("channel-engagement-posts")).ToContainTextAsync(title);
        await Expect(card.GetByTestId("channel-engagement-posts")).ToContainTextAsync("1.234");
        await ScreenshotAsync(page, "channels-engagement-dialog", fullPage: false);

        // "Đọc số liệu ngay" while another reading of the channel holds its lease: refused in plain Vietnamese.
        await App.WithServicesAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.Add(new Throttle { Key = FormattableString.Invariant($"engagement:{channelId}"), Until = DateTime.UtcNow.AddMinutes(5), Reason = "engagement-browser" });
            return await db.SaveChangesAsync();
        });
        await card.GetByTestId("channel-refresh").ClickAsync();
        await Expect(card.GetByTestId("channel-refresh-outcome")).ToContainTextAsync("đang được đọc");
        await Expect(card.GetByTestId("channel-refresh")).ToBeEnabledAsync();
        await ScreenshotAsync(page, "channels-engagement-read-now", fullPage: false);

        await page.GotoAsync($"/quan-tri/bai-viet/{postId}");
        await WaitInteractiveAsync(page);
        await Expect(page.GetByTestId($"post-engagement-{channelId}")).ToContainTextAsync("1.234");
        await page.GetByTestId("post-engagement").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(page, "post-engagement-panel", fullPage: false);

        await page.GotoAsync("/quan-tri");
        await WaitInteractiveAsync(page);
        var panel = page.GetByTestId("engagement-panel");
        await Expect(panel.GetByTestId("engagement-top")).ToContainTextAsync(title);
        await Expect(panel.GetByTestId("engagement-last7")).ToContainTextAsync("1.234");
        await Expect(panel.GetByTestId("engagement-followers")).ToContainTextAsync("15.230");
        await panel.ScrollIntoViewIfNeededAsync();
        await panel.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserAppFixture.ScreenshotDir, "dashboard-engagement-panel.png") });

        var phone = await SignInAsync("/quan-tri", width: 390, height: 844);
        var phonePanel = phone.GetByTestId("engagement-panel");
        await Expect(phonePanel).ToBeVisibleAsync();
        await phonePanel.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(BrowserAppFixture.ScreenshotDir, "dashboard-engagement-panel-phone.png") });
    }

    /// <summary>The federation's Page connected, a post delivered to it, hourly readings over a week.</summary>
    private Task<(long ChannelId, long PostId, string Title)> SeedAsync() => App.WithServicesAsync(async sp =>
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var channel = await db.Set<Channel>().Where(c => c.Kind == ChannelKind.FacebookPage).OrderBy(c => c.Id).FirstAsync();
        var now = DateTime.UtcNow;
        channel.Status = ChannelStatus.Active;
        channel.Followers = 15_230;
        channel.FollowersAt = now;
        var author = await db.Set<AppUser>().Select(u => u.Id).FirstAsync();
        var title = "Liên đoàn Lao động tỉnh trao 500 suất quà Tết cho đoàn viên";
        var post = new Post { UnitId = channel.UnitId, AuthorUserId = author, AuthorName = "Ban Tuyên giáo", Status = PostStatus.Published, CreatedAt = now.AddDays(-3), UpdatedAt = now.AddDays(-3), PublishedAt = now.AddDays(-3) };
        post.SetContent(title, "Chăm lo Tết cho đoàn viên.", "<p>Chăm lo Tết cho đoàn viên, người lao động.</p>");
        post.Slug = "qua-tet-" + Guid.NewGuid().ToString("N")[..6];
        db.Add(post);
        await db.SaveChangesAsync();
        var delivery = new Delivery { PostId = post.Id, ChannelId = channel.Id, PostUnitId = channel.UnitId, Status = DeliveryStatus.Published, RemoteId = channel.ExternalId + "_777", NextAttemptAt = now, CreatedAt = now.AddDays(-3), UpdatedAt = now.AddDays(-3), PublishedAt = now.AddDays(-3) };
        db.Add(delivery);
        await db.SaveChangesAsync();
        for (var day = 7; day >= 0; day--)
        {
            var at = now.AddDays(-day).AddMinutes(-5);
            db.Add(new ChannelMetric { ChannelId = channel.Id, TakenAt = at, Metric = "followers", Value = 15_230 - (day * 37) - (day % 3 * 11) });
            if (day <= 3)
            {
                var share = 4 - day;
                db.Add(new ChannelMetric { ChannelId = channel.Id, DeliveryId = delivery.Id, TakenAt = at, Metric = "reactions", Value = 1_234 * share / 4 });
                db.Add(new ChannelMetric { ChannelId = channel.Id, DeliveryId = delivery.Id, TakenAt = at, Metric = "comments", Value = 87 * share / 4 });
                db.Add(new ChannelMetric { ChannelId = channel.Id, DeliveryId = delivery.Id, TakenAt = at, Metric = "shares", Value = 156 * share / 4 });
                db.Add(new ChannelMetric { ChannelId = channel.Id, DeliveryId = delivery.Id, TakenAt = at, Metric = "views", Value = 20_480 * share / 4 });
            }
        }

        await db.SaveChangesAsync();
        return (channel.Id, post.Id, title);
    });
}
