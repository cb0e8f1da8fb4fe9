using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.IntegrationTests.Infrastructure.Fakes;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Domain;
using TuyenGiao.Modules.Features.Channels.Engagement;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.IntegrationTests.Features.Channels;

/// <summary>
/// The engagement import end to end: a post published through the API to a Facebook Page and a Zalo
/// OA (the fakes), the import run once, the figures the fakes hold read back from the series, the
/// API and the Excel export; token and rate-limit errors write nothing.
/// </summary>
public abstract class EngagementTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture, IChannelsFixture
{
    private FakePlatforms Fake => app.Platforms;

    private EngagementImporter Importer => app.Services.GetRequiredService<EngagementImporter>();

    private static string NewPageId() => "8" + Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Import_writes_the_platforms_figures_as_a_time_series_and_a_second_run_adds_a_reading()
    {
        var (post, facebook, zalo, page) = await PublishToBothAsync("Đại hội Công đoàn tỉnh");
        var fbRemote = await RemoteIdAsync(post, facebook);
        var zaloRemote = await RemoteIdAsync(post, zalo);
        Fake.PageFollowers[page] = 12_345;
        Fake.PostFigures[fbRemote] = new FakePostFigures { Reactions = 57, Comments = 8, Shares = 12, Views = 900, Viewers = 640, Clicks = 33 };
        Fake.OaFollowers = 4_321;
        Fake.ArticleFigures[zaloRemote] = new FakePostFigures { Views = 300, Shares = 5, Reactions = 21, Comments = 2 };

        await Importer.RunOnceAsync(force: true, CancellationToken.None);

        var fb = await LatestAsync(facebook);
        Assert.Equal(12_345, fb[("followers", null)]);
        var fbDelivery = (await ChannelsTestData.DeliveriesAsync(app, post)).Single(d => d.ChannelId == facebook).Id;
        Assert.Equal(57, fb[("reactions", fbDelivery)]);
        Assert.Equal(8, fb[("comments", fbDelivery)]);
        Assert.Equal(12, fb[("shares", fbDelivery)]);
        Assert.Equal(900, fb[("views", fbDelivery)]);
        Assert.Equal(640, fb[("viewers", fbDelivery)]);
        Assert.Equal(33, fb[("clicks", fbDelivery)]);
        var za = await LatestAsync(zalo);
        Assert.Equal(4_321, za[("followers", null)]);
        Assert.Equal(300, za.Single(k => k.Key.Metric == "views").Value);
        Assert.Equal(21, za.Single(k => k.Key.Metric == "likes").Value);
        Assert.Equal(5, za.Single(k => k.Key.Metric == "shares").Value);
        Assert.Equal(2, za.Single(k => k.Key.Metric == "comments").Value);
        Assert.Contains(Fake.Requests, r => r.Path.Contains("/insights?metric=post_media_view,post_total_media_view_unique,post_clicks", StringComparison.Ordinal));

        var admin = await ChannelsTestData.AdminAsync(app);
        var engagement = await admin.GetJsonAsync($"/api/v1/posts/{post}/engagement");
        Assert.Equal(2, engagement.GetProperty("deliveries").GetArrayLength());
        Assert.Equal(57, engagement.GetProperty("totals").GetProperty("reactions").GetInt64());
        Assert.Equal(21, engagement.GetProperty("totals").GetProperty("likes").GetInt64());
        Assert.Equal(17, engagement.GetProperty("totals").GetProperty("shares").GetInt64());
        Assert.Equal(1_200, engagement.GetProperty("totals").GetProperty("views").GetInt64());

        // A later reading: the series grows, the latest figures follow the platform.
        Fake.PageFollowers[page] = 12_400;
        Fake.PostFigures[fbRemote].Reactions = 60;
        await Importer.RunOnceAsync(force: true, CancellationToken.None);

        var readings = await app.WithDbAsync(db => db.Set<ChannelMetric>().Where(m => m.ChannelId == facebook && m.Metric == "reactions").OrderBy(m => m.TakenAt).Select(m => m.Value).ToListAsync());
        Assert.Equal([57L, 60L], readings);
        var series = await admin.GetJsonAsync($"/api/v1/channels/{facebook}/metrics?metric=followers&from={DateTime.UtcNow.AddDays(-1):o}&to={DateTime.UtcNow.AddMinutes(5):o}");
        Assert.Equal([12_345L, 12_400L], series.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("value").GetInt64()).ToList());
        Assert.Equal(60, (await admin.GetJsonAsync($"/api/v1/posts/{post}/engagement")).GetProperty("totals").GetProperty("reactions").GetInt64());
        Assert.Equal(12_400, (await admin.GetJsonAsync($"/api/v1/channels/{facebook}")).GetProperty("followers").GetInt32());
    }

    [Fact]
    public async Task A_periodic_run_reads_a_channel_once_per_interval()
    {
        var (_, facebook, _, page) = await PublishToBothAsync("Tập huấn cán bộ công đoàn");
        Fake.PageFollowers[page] = 10;
        await Importer.RunChannelAsync(facebook, CancellationToken.None);

        // Not forced: the channel was read moments ago, so neither this node nor another reads it again.
        await Importer.RunOnceAsync(force: false, CancellationToken.None);

        Assert.Equal(1, await app.WithDbAsync(db => db.Set<ChannelMetric>().CountAsync(m => m.ChannelId == facebook && m.Metric == "followers")));
    }

    [Fact]
    public async Task Two_nodes_importing_at_once_read_each_channel_once()
    {
        var (_, facebook, zalo, page) = await PublishToBothAsync("Ngày hội việc làm");
        Fake.PageFollowers[page] = 321;
        var first = ActivatorUtilities.CreateInstance<EngagementImporter>(app.Services);
        var second = ActivatorUtilities.CreateInstance<EngagementImporter>(app.Services);
        using var go = new ManualResetEventSlim();

        await Task.WhenAll(
            Task.Run(async () => { go.Wait(); await first.RunOnceAsync(force: false, CancellationToken.None); }),
            Task.Run(async () => { go.Wait(); await second.RunOnceAsync(force: false, CancellationToken.None); }),
            Task.Run(go.Set));

        Assert.Equal(1, await app.WithDbAsync(db => db.Set<ChannelMetric>().CountAsync(m => m.ChannelId == facebook && m.Metric == "followers")));
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<ChannelMetric>().CountAsync(m => m.ChannelId == zalo && m.Metric == "followers")));
        Assert.Equal(1, Fake.Count("GET", "/" + page + "?fields=followers_count"));
    }

    [Fact]
    public async Task An_expired_token_flips_the_channel_to_needs_reauth_and_writes_no_figures()
    {
        var (post, facebook, _, page) = await PublishToBothAsync("Tháng Công nhân");
        var remote = await RemoteIdAsync(post, facebook);
        Fake.PageFollowers[page] = 777;
        Fake.PostFigures[remote] = new FakePostFigures { Reactions = 5 };
        // The page's followers read fine; the post's read finds the token expired.
        Fake.Script("fb-engagement:" + remote, new FakeFault(400, Code: 190, Subcode: 463));

        var run = await Importer.RunChannelAsync(facebook, CancellationToken.None);

        Assert.Equal(1, run.Reauth);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ChannelMetric>().CountAsync(m => m.ChannelId == facebook)));
        var channel = await app.WithDbAsync(db => db.Set<Channel>().AsNoTracking().FirstAsync(c => c.Id == facebook));
        Assert.Equal(ChannelStatus.NeedsReauth, channel.Status);
        Assert.Null(channel.Followers);
        Assert.Equal(DeliveryStatus.Published, (await ChannelsTestData.DeliveriesAsync(app, post)).Single(d => d.ChannelId == facebook).Status);
    }

    [Fact]
    public async Task A_rate_limit_skips_the_page_this_run_and_is_remembered_for_the_outbox()
    {
        var (post, facebook, _, page) = await PublishToBothAsync("Mái ấm Công đoàn");
        var remote = await RemoteIdAsync(post, facebook);
        Fake.PageFollowers[page] = 99;
        Fake.Script("fb-engagement:" + remote, new FakeFault(400, Code: 32));

        var first = await Importer.RunChannelAsync(facebook, CancellationToken.None);
        var requestsBefore = Fake.Requests.Count;
        var second = await Importer.RunChannelAsync(facebook, CancellationToken.None);

        Assert.Equal(1, first.RateLimited);
        Assert.Equal(1, second.RateLimited);
        Assert.Equal(requestsBefore, Fake.Requests.Count); // nothing asked while the page is throttled
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ChannelMetric>().CountAsync(m => m.ChannelId == facebook)));
        Assert.True(await app.WithDbAsync(db => db.Set<Throttle>().AnyAsync(t => t.Key == "fb-page:" + page && t.Until > DateTime.UtcNow)));
        Assert.Equal(ChannelStatus.Active, await app.WithDbAsync(db => db.Set<Channel>().Where(c => c.Id == facebook).Select(c => c.Status).FirstAsync()));
    }

    [Fact]
    public async Task The_excel_export_holds_each_posts_latest_figures_and_the_followers()
    {
        var (post, facebook, _, page) = await PublishToBothAsync("Hội thi An toàn vệ sinh viên giỏi");
        var remote = await RemoteIdAsync(post, facebook);
        Fake.PageFollowers[page] = 2_468;
        Fake.PostFigures[remote] = new FakePostFigures { Reactions = 41, Comments = 3, Shares = 9, Views = 512 };
        await Importer.RunChannelAsync(facebook, CancellationToken.None);
        var channelName = await app.WithDbAsync(db => db.Set<Channel>().Where(c => c.Id == facebook).Select(c => c.Name).FirstAsync());

        var admin = await ChannelsTestData.AdminAsync(app);
        using var response = await admin.GetAsync($"/api/v1/channels/engagement.xlsx?from={DateTime.UtcNow.AddDays(-1):o}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using var posts = new MemoryStream(bytes);
        var rows = posts.Query(useHeaderRow: true, sheetName: "Bài theo kênh").Cast<IDictionary<string, object?>>().ToList();
        var row = Assert.Single(rows, r => Convert.ToInt64(r["Mã bài"], CultureInfo.InvariantCulture) == post && (string?)r["Kênh"] == channelName);
        Assert.Equal("Hội thi An toàn vệ sinh viên giỏi", row["Tiêu đề bài"]);
        Assert.Equal(41, Convert.ToInt64(row["Cảm xúc"], CultureInfo.InvariantCulture));
        Assert.Equal(9, Convert.ToInt64(row["Chia sẻ"], CultureInfo.InvariantCulture));
        Assert.Equal(512, Convert.ToInt64(row["Lượt xem"], CultureInfo.InvariantCulture));
        using var followers = new MemoryStream(bytes);
        var channelRow = Assert.Single(followers.Query(useHeaderRow: true, sheetName: "Người theo dõi").Cast<IDictionary<string, object?>>(), r => (string?)r["Kênh"] == channelName);
        Assert.Equal(2_468, Convert.ToInt64(channelRow["Người theo dõi"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Engagement_of_a_post_outside_the_callers_units_is_not_found()
    {
        var (post, facebook, _, _) = await PublishToBothAsync("Tin của Liên đoàn");
        var grassroots = (await ChannelsTestData.UnitsAsync(app, OrgLevel.GrassrootsUnion))[3];
        var editor = await app.ClientWithRoleAsync(AppRole.Editor, grassroots);

        await (await editor.GetAsync($"/api/v1/posts/{post}/engagement")).ExpectAsync(HttpStatusCode.NotFound);
        await (await editor.GetAsync($"/api/v1/channels/{facebook}/metrics")).ExpectAsync(HttpStatusCode.NotFound);
        await (await (await ChannelsTestData.AdminAsync(app)).GetAsync($"/api/v1/channels/{facebook}/metrics?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")).ExpectAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Scheduling_with_an_unknown_channel_is_refused_at_once_and_saves_nothing()
    {
        var federation = await ChannelsTestData.FederationIdAsync(app);
        var good = await ChannelsTestData.AddChannelAsync(app, federation, ChannelKind.FacebookPage, NewPageId(), "tok-sched");
        var post = await ChannelsTestData.CreatePostAsync(app, federation, "Bài hẹn giờ");

        using var refused = await ChannelsTestData.PublishResponseAsync(app, post, [good, 987_654_321], DateTimeOffset.UtcNow.AddHours(3));

        var problem = await refused.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Không tìm thấy kênh số 987654321", ChannelsTestData.Text(problem), StringComparison.Ordinal);
        var saved = await app.WithDbAsync(db => db.Set<Post>().AsNoTracking().Where(p => p.Id == post).Select(p => new { p.Status, p.ScheduledChannelIds, p.PublishAt }).FirstAsync());
        Assert.Equal(PostStatus.Approved, saved.Status);
        Assert.Null(saved.ScheduledChannelIds);
        Assert.Null(saved.PublishAt);

        using var accepted = await ChannelsTestData.PublishResponseAsync(app, post, [good], DateTimeOffset.UtcNow.AddHours(3));
        Assert.Equal("Scheduled", (await accepted.ExpectAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Read_now_reads_the_platforms_new_figures_and_answers_them()
    {
        var (post, facebook, _, page) = await PublishToBothAsync("Đọc số liệu ngay");
        var remote = await RemoteIdAsync(post, facebook);
        Fake.PageFollowers[page] = 1_111;
        Fake.PostFigures[remote] = new FakePostFigures { Reactions = 14, Comments = 2, Shares = 3, Views = 250 };
        var approver = await app.ClientWithRoleAsync(AppRole.Approver, await ChannelsTestData.FederationIdAsync(app));

        var first = await (await approver.PostAsync($"/api/v1/channels/{facebook}/metrics/refresh", null)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(1_111, first.GetProperty("followers").GetInt32());
        var delivered = first.GetProperty("posts").EnumerateArray().Single(p => p.GetProperty("postId").GetInt64() == post);
        Assert.Equal(14, delivered.GetProperty("figures").GetProperty("reactions").GetInt64());
        Assert.Equal(250, delivered.GetProperty("figures").GetProperty("views").GetInt64());

        // The platform moved on; a second click reads again at once (it need not wait for the hourly pass).
        Fake.PageFollowers[page] = 1_150;
        Fake.PostFigures[remote].Reactions = 20;
        var second = await (await approver.PostAsync($"/api/v1/channels/{facebook}/metrics/refresh", null)).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(1_150, second.GetProperty("followers").GetInt32());
        Assert.Equal(20, second.GetProperty("posts").EnumerateArray().Single(p => p.GetProperty("postId").GetInt64() == post).GetProperty("figures").GetProperty("reactions").GetInt64());
        var readings = await app.WithDbAsync(db => db.Set<ChannelMetric>().Where(m => m.ChannelId == facebook && m.Metric == "followers").OrderBy(m => m.TakenAt).Select(m => m.Value).ToListAsync());
        Assert.Equal([1_111L, 1_150L], readings);
    }

    [Fact]
    public async Task Read_now_of_another_units_channel_is_not_found_and_without_approval_is_forbidden()
    {
        var (_, facebook, _, page) = await PublishToBothAsync("Kênh của Liên đoàn");
        var grassroots = (await ChannelsTestData.UnitsAsync(app, OrgLevel.GrassrootsUnion))[3];
        var outsider = await app.ClientWithRoleAsync(AppRole.Approver, grassroots);
        var editor = await app.ClientWithRoleAsync(AppRole.Editor, await ChannelsTestData.FederationIdAsync(app));
        var before = Fake.Requests.Count;

        await (await outsider.PostAsync($"/api/v1/channels/{facebook}/metrics/refresh", null)).ExpectAsync(HttpStatusCode.NotFound);
        await (await editor.PostAsync($"/api/v1/channels/{facebook}/metrics/refresh", null)).ExpectAsync(HttpStatusCode.Forbidden);
        await (await outsider.PostAsync("/api/v1/channels/987654321/metrics/refresh", null)).ExpectAsync(HttpStatusCode.NotFound);

        Assert.DoesNotContain(Fake.Requests.Skip(before), r => r.Path.Contains(page, StringComparison.Ordinal));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ChannelMetric>().CountAsync(m => m.ChannelId == facebook)));
    }

    [Fact]
    public async Task Read_now_of_a_channel_needing_reconnection_says_to_reconnect_and_writes_nothing()
    {
        var (_, facebook, _, page) = await PublishToBothAsync("Kênh hết hạn mã");
        Fake.PageFollowers[page] = 500;
        await app.WithDbAsync(db => db.Set<Channel>().Where(c => c.Id == facebook).ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ChannelStatus.NeedsReauth)));
        var before = Fake.Requests.Count;
        var admin = await ChannelsTestData.AdminAsync(app);

        var problem = await (await admin.PostAsync($"/api/v1/channels/{facebook}/metrics/refresh", null)).ExpectAsync(HttpStatusCode.Conflict);

        Assert.Contains("cần được kết nối lại", ChannelsTestData.Text(problem), StringComparison.Ordinal);
        Assert.Contains("Kết nối", ChannelsTestData.Text(problem), StringComparison.Ordinal);
        Assert.DoesNotContain(Fake.Requests.Skip(before), r => r.Path.Contains(page, StringComparison.Ordinal));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ChannelMetric>().CountAsync(m => m.ChannelId == facebook)));
        Assert.Null(await app.WithDbAsync(db => db.Set<Channel>().Where(c => c.Id == facebook).Select(c => c.Followers).FirstAsync()));
    }

    [Fact]
    public async Task Read_now_while_a_reading_runs_or_the_platform_asks_for_quiet_is_refused_with_when()
    {
        var (_, facebook, _, page) = await PublishToBothAsync("Hai lần bấm");
        Fake.PageFollowers[page] = 42;
        var admin = await ChannelsTestData.AdminAsync(app);
        var lease = "engagement:" + facebook.ToString(CultureInfo.InvariantCulture);

        // Another click (or node) holds the channel's lease.
        await app.WithDbAsync(db =>
        {
            db.Add(new Throttle { Key = lease, Until = DateTime.UtcNow.AddMinutes(5), Reason = "engagement-other" });
            return db.SaveChangesAsync();
        });
        var busy = await (await admin.PostAsync($"/api/v1/channels/{facebook}/metrics/refresh", null)).ExpectAsync(HttpStatusCode.Conflict);
        Assert.Contains("đang được đọc", ChannelsTestData.Text(busy), StringComparison.Ordinal);

        // The lease is free again, but the Page asked to slow down until a given time.
        var until = DateTime.UtcNow.AddMinutes(7);
        await app.WithDbAsync(async db =>
        {
            await db.Set<Throttle>().Where(t => t.Key == lease).ExecuteUpdateAsync(s => s.SetProperty(t => t.Until, DateTime.UtcNow.AddSeconds(-1)));
            db.Add(new Throttle { Key = "fb-page:" + page, Until = until, Reason = "32" });
            return await db.SaveChangesAsync();
        });
        var quiet = await (await admin.PostAsync($"/api/v1/channels/{facebook}/metrics/refresh", null)).ExpectAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains(VietnamTime.Format(until), ChannelsTestData.Text(quiet), StringComparison.Ordinal);

        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ChannelMetric>().CountAsync(m => m.ChannelId == facebook)));
    }

    /// <summary>A federation post published through the API to a new Facebook Page and the Zalo OA, delivered through the fakes.</summary>
    private async Task<(long Post, long Facebook, long Zalo, string PageId)> PublishToBothAsync(string title)
    {
        var federation = await ChannelsTestData.FederationIdAsync(app);
        var page = NewPageId();
        var zaloToken = "zat-eng-" + Guid.NewGuid().ToString("N")[..8];
        lock (Fake.ZaloAccessTokens)
        {
            Fake.ZaloAccessTokens.Add(zaloToken);
        }

        var facebook = await ChannelsTestData.AddChannelAsync(app, federation, ChannelKind.FacebookPage, page, "fb-eng-" + page);
        var zalo = await ChannelsTestData.AddChannelAsync(app, federation, ChannelKind.ZaloOa, "7" + page, zaloToken);
        var post = await ChannelsTestData.CreatePostAsync(app, federation, title);
        await ChannelsTestData.PublishAsync(app, post, facebook, zalo);
        await ChannelsTestData.DrainAsync(app);
        Assert.All(await ChannelsTestData.DeliveriesAsync(app, post), d => Assert.Equal(DeliveryStatus.Published, d.Status));
        return (post, facebook, zalo, page);
    }

    private async Task<string> RemoteIdAsync(long post, long channel) =>
        (await ChannelsTestData.DeliveriesAsync(app, post)).Single(d => d.ChannelId == channel).RemoteId!;

    /// <summary>The channel's latest reading per (metric, delivery).</summary>
    private Task<Dictionary<(string Metric, long? DeliveryId), long>> LatestAsync(long channel) => app.WithDbAsync(async db =>
        (await db.Set<ChannelMetric>().AsNoTracking().Where(m => m.ChannelId == channel).ToListAsync())
            .GroupBy(m => (m.Metric, m.DeliveryId))
            .ToDictionary(g => g.Key, g => g.OrderBy(m => m.TakenAt).Last().Value));
}

public sealed class EngagementTests_Sqlite(ChannelsSqliteFixture app) : EngagementTests<ChannelsSqliteFixture>(app);

public sealed class EngagementTests_Postgres(ChannelsPostgresFixture app) : EngagementTests<ChannelsPostgresFixture>(app);
