using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.IntegrationTests.Infrastructure.Fakes;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Domain;
using TuyenGiao.Modules.Features.Channels.Outbox;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using TuyenGiao.Modules.Features.Notifications.Domain;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.IntegrationTests.Features.Channels;

public abstract class ChannelsOutboxTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture, IChannelsFixture
{
    private FakePlatforms Fake => app.Platforms;

    private static string NewPageId() => "9" + Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Publishing_adds_one_delivery_per_chosen_channel_in_the_same_transaction()
    {
        var federation = await ChannelsTestData.FederationIdAsync(app);
        var grassroots = (await ChannelsTestData.UnitsAsync(app, OrgLevel.GrassrootsUnion))[0];
        var own = await ChannelsTestData.AddChannelAsync(app, federation, ChannelKind.FacebookPage, NewPageId(), "tok-a");
        var below = await ChannelsTestData.AddChannelAsync(app, grassroots, ChannelKind.FacebookPage, NewPageId(), "tok-b");
        var post = await ChannelsTestData.CreatePostAsync(app, federation, "Hội nghị Ban Chấp hành");

        await ChannelsTestData.PublishAsync(app, post, own, below, own);

        var deliveries = await ChannelsTestData.DeliveriesAsync(app, post);
        Assert.Equal([own, below], deliveries.Select(d => d.ChannelId).Order().ToList());
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Pending, d.Status));

        await ChannelsTestData.DrainAsync(app);
        Assert.All(await ChannelsTestData.DeliveriesAsync(app, post), d => Assert.Equal(DeliveryStatus.Published, d.Status));
    }

    [Fact]
    public async Task A_channel_above_the_posts_unit_rolls_the_publication_back()
    {
        var federation = await ChannelsTestData.FederationIdAsync(app);
        var grassroots = (await ChannelsTestData.UnitsAsync(app, OrgLevel.GrassrootsUnion))[1];
        var above = await ChannelsTestData.AddChannelAsync(app, federation, ChannelKind.FacebookPage, NewPageId(), "tok-c");
        var post = await ChannelsTestData.CreatePostAsync(app, grassroots, "Tin cơ sở");

        using var response = await ChannelsTestData.PublishResponseAsync(app, post, [above]);

        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("không thuộc đơn vị", ChannelsTestData.Text(problem), StringComparison.Ordinal);
        Assert.Empty(await ChannelsTestData.DeliveriesAsync(app, post));
        Assert.Equal(PostStatus.Approved, await app.WithDbAsync(db => db.Set<Post>().Where(p => p.Id == post).Select(p => p.Status).FirstAsync()));
    }

    [Fact]
    public async Task Two_workers_never_send_the_same_delivery()
    {
        var federation = await ChannelsTestData.FederationIdAsync(app);
        var units = (await ChannelsTestData.UnitsAsync(app, OrgLevel.GrassrootsUnion)).Skip(10).Take(40).ToList();
        var pages = units.Select(_ => NewPageId()).ToList();
        var channels = new List<long>();
        for (var i = 0; i < units.Count; i++)
        {
            channels.Add(await ChannelsTestData.AddChannelAsync(app, units[i], ChannelKind.FacebookPage, pages[i], "tok-" + i));
        }

        var post = await ChannelsTestData.CreatePostAsync(app, federation, "Chia sẻ xuống cơ sở");
        await ChannelsTestData.PublishAsync(app, post, [.. channels]);

        var first = app.Services.GetRequiredService<DeliveryProcessor>();
        var second = ActivatorUtilities.CreateInstance<DeliveryProcessor>(app.Services);
        await Task.WhenAll(
            Task.Run(async () => { while (await first.RunOnceAsync(CancellationToken.None) > 0) { } }),
            Task.Run(async () => { while (await second.RunOnceAsync(CancellationToken.None) > 0) { } }));

        var deliveries = await ChannelsTestData.DeliveriesAsync(app, post);
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Published, d.Status));
        Assert.All(pages, p => Assert.Single(Fake.Feeds[p]));
        Assert.Equal(40, pages.Sum(p => Fake.Count("POST", "/" + p + "/feed")));
        Assert.Equal(deliveries.Count, deliveries.Select(d => d.RemoteId).Distinct().Count());
    }

    [Fact]
    public async Task A_timed_out_post_that_landed_is_found_in_the_feed_and_not_sent_again()
    {
        var federation = await ChannelsTestData.FederationIdAsync(app);
        var page = NewPageId();
        var channel = await ChannelsTestData.AddChannelAsync(app, federation, ChannelKind.FacebookPage, page, "tok-t1");
        var post = await ChannelsTestData.CreatePostAsync(app, federation, "Bài trả lời chậm");
        await ChannelsTestData.PublishAsync(app, post, channel);
        Fake.Script("fb-feed", new FakeFault(Delay: TimeSpan.FromSeconds(6), Commit: true));

        await ChannelsTestData.DrainAsync(app, 1);
        var unconfirmed = Assert.Single(await ChannelsTestData.DeliveriesAsync(app, post));
        Assert.Equal(DeliveryStatus.Unconfirmed, unconfirmed.Status);

        await ChannelsTestData.MakeDueAsync(app, post);
        await ChannelsTestData.DrainAsync(app);

        var settled = Assert.Single(await ChannelsTestData.DeliveriesAsync(app, post));
        Assert.Equal(DeliveryStatus.Published, settled.Status);
        Assert.Equal(Fake.Feeds[page][0].Id, settled.RemoteId);
        Assert.Equal(1, Fake.Count("POST", "/" + page + "/feed"));
        Assert.Single(Fake.Feeds[page]);
    }

    [Fact]
    public async Task A_timed_out_post_that_did_not_land_is_sent_once_more()
    {
        var federation = await ChannelsTestData.FederationIdAsync(app);
        var page = NewPageId();
        var channel = await ChannelsTestData.AddChannelAsync(app, federation, ChannelKind.FacebookPage, page, "tok-t2");
        var post = await ChannelsTestData.CreatePostAsync(app, federation, "Bài bị mất");
        await ChannelsTestData.PublishAsync(app, post, channel);
        Fake.Script("fb-feed", new FakeFault(Delay: TimeSpan.FromSeconds(6), Commit: false));

        await ChannelsTestData.DrainAsync(app, 1);
        await ChannelsTestData.MakeDueAsync(app, post);
        await ChannelsTestData.DrainAsync(app);

        var settled = Assert.Single(await ChannelsTestData.DeliveriesAsync(app, post));
        Assert.Equal(DeliveryStatus.Published, settled.Status);
        Assert.Equal(2, Fake.Count("POST", "/" + page + "/feed"));
        Assert.Single(Fake.Feeds[page]);
        Assert.True(Fake.Count("GET", "/" + page + "/feed") >= 1); // the feed was read before sending again (a slow read may be retried: reads are safe)
    }

    [Fact]
    public async Task An_expired_facebook_token_flips_the_channel_keeps_the_deliveries_and_tells_the_unit()
    {
        var federation = await ChannelsTestData.FederationIdAsync(app);
        var (email, _) = await app.CreateUserAsync(AppRole.Approver, federation);
        var page = NewPageId();
        Fake.ExpiredFacebookTokens.Add("tok-expired");
        var channel = await ChannelsTestData.AddChannelAsync(app, federation, ChannelKind.FacebookPage, page, "tok-expired");
        var post1 = await ChannelsTestData.CreatePostAsync(app, federation, "Bài một");
        var post2 = await ChannelsTestData.CreatePostAsync(app, federation, "Bài hai");
        await ChannelsTestData.PublishAsync(app, post1, channel);
        await ChannelsTestData.PublishAsync(app, post2, channel);

        await ChannelsTestData.DrainAsync(app);

        Assert.Equal(DeliveryStatus.NeedsReauth, Assert.Single(await ChannelsTestData.DeliveriesAsync(app, post1)).Status);
        var kept2 = Assert.Single(await ChannelsTestData.DeliveriesAsync(app, post2));
        Assert.True(kept2.Status == DeliveryStatus.NeedsReauth, kept2.Status + " " + kept2.LastErrorCode + " " + kept2.LastError);
        Assert.Equal(ChannelStatus.NeedsReauth, await app.WithDbAsync(db => db.Set<Channel>().Where(c => c.Id == channel).Select(c => c.Status).FirstAsync()));
        var notices = await app.WithDbAsync(db => db.Set<Notification>().Where(n => n.Kind == "channels.reauth" && n.UnitId == federation).Join(db.Users.Where(u => u.Email == email), n => n.UserId, u => u.Id, (n, u) => n).CountAsync());
        Assert.Equal(1, notices);
        Assert.False(Fake.Feeds.ContainsKey(page)); // refused: nothing is on the page

        // Connected again with a pasted token: the kept deliveries go out.
        var admin = await app.AdminAsync();
        var patched = await admin.PatchAsJsonAsync($"/api/v1/channels/{channel}", new { accessToken = "tok-fresh" });
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        await ChannelsTestData.DrainAsync(app);
        Assert.Equal(DeliveryStatus.Published, Assert.Single(await ChannelsTestData.DeliveriesAsync(app, post1)).Status);
        Assert.Equal(DeliveryStatus.Published, Assert.Single(await ChannelsTestData.DeliveriesAsync(app, post2)).Status);
        Assert.Equal(2, Fake.Feeds[page].Count);
    }

    [Fact]
    public async Task A_rate_limited_page_is_deferred_without_more_calls()
    {
        var federation = await ChannelsTestData.FederationIdAsync(app);
        var page = NewPageId();
        var channel = await ChannelsTestData.AddChannelAsync(app, federation, ChannelKind.FacebookPage, page, "tok-rl");
        var post1 = await ChannelsTestData.CreatePostAsync(app, federation, "Bài giới hạn một");
        await ChannelsTestData.PublishAsync(app, post1, channel);
        Fake.Script("fb-feed", new FakeFault(Code: 32, Headers: new Dictionary<string, string> { ["X-Business-Use-Case-Usage"] = $"{{\"{page}\":[{{\"type\":\"pages\",\"call_count\":100,\"total_cputime\":10,\"total_time\":10,\"estimated_time_to_regain_access\":15}}]}}" }));

        await ChannelsTestData.DrainAsync(app);
        var deferred = Assert.Single(await ChannelsTestData.DeliveriesAsync(app, post1));
        Assert.True(deferred.Status == DeliveryStatus.Pending, deferred.Status + " " + deferred.LastErrorCode + " " + deferred.LastError);
        Assert.True(deferred.NextAttemptAt > DateTime.UtcNow.AddMinutes(14));
        Assert.Equal("graph-32", deferred.LastErrorCode);

        var post2 = await ChannelsTestData.CreatePostAsync(app, federation, "Bài giới hạn hai");
        await ChannelsTestData.PublishAsync(app, post2, channel);
        await ChannelsTestData.DrainAsync(app);
        Assert.True(Assert.Single(await ChannelsTestData.DeliveriesAsync(app, post2)).NextAttemptAt > DateTime.UtcNow.AddMinutes(14));
        Assert.Equal(1, Fake.Count("POST", "/" + page + "/feed"));
    }

    [Fact]
    public async Task A_server_error_is_retried_with_back_off_then_published()
    {
        var federation = await ChannelsTestData.FederationIdAsync(app);
        var page = NewPageId();
        var channel = await ChannelsTestData.AddChannelAsync(app, federation, ChannelKind.FacebookPage, page, "tok-500");
        var post = await ChannelsTestData.CreatePostAsync(app, federation, "Bài gặp lỗi máy chủ");
        await ChannelsTestData.PublishAsync(app, post, channel);
        Fake.Script("fb-feed", new FakeFault(HttpStatus: 500));

        await ChannelsTestData.DrainAsync(app, 1);
        await ChannelsTestData.MakeDueAsync(app, post);
        await ChannelsTestData.DrainAsync(app);

        var client = await app.AdminAsync();
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/posts/{post}/deliveries");
        var item = Assert.Single(list.EnumerateArray());
        Assert.Equal("Published", item.GetProperty("status").GetString());
        Assert.Equal(2, item.GetProperty("attempts").GetInt32());
        Assert.Equal(channel, item.GetProperty("channelId").GetInt64());
        Assert.Single(Fake.Feeds[page]);
    }

    [Fact]
    public async Task The_newsletter_arrives_at_the_mail_server()
    {
        var federation = await ChannelsTestData.FederationIdAsync(app);
        var channel = await ChannelsTestData.AddChannelAsync(app, federation, ChannelKind.Email, "doanvien1@ldld.test; doanvien2@ldld.test", null);
        var post = await ChannelsTestData.CreatePostAsync(app, federation, "Bản tin Công đoàn tháng 11");
        await ChannelsTestData.PublishAsync(app, post, channel);

        await ChannelsTestData.DrainAsync(app);

        Assert.Equal(DeliveryStatus.Published, Assert.Single(await ChannelsTestData.DeliveriesAsync(app, post)).Status);
        var mail = Assert.Single(app.Smtp.Messages, m => m.To.Contains("doanvien1@ldld.test"));
        Assert.Contains("doanvien2@ldld.test", mail.To);
        Assert.Contains("congdoan.test/bai-viet/" + post, mail.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zalo_article_whose_id_verify_never_gives_is_settled_from_the_article_list_not_sent_again()
    {
        var federation = await ChannelsTestData.FederationIdAsync(app);
        lock (Fake.ZaloAccessTokens)
        {
            Fake.ZaloAccessTokens.Add("zat-v1");
        }

        var channel = await ChannelsTestData.AddChannelAsync(app, federation, ChannelKind.ZaloOa, "4000000000000000077", "zat-v1");
        var post = await ChannelsTestData.CreatePostAsync(app, federation, "Bài Zalo chưa xác minh");
        var creates = Fake.Count("POST", "/v2.0/article/create");
        await ChannelsTestData.PublishAsync(app, post, channel);
        Fake.Script("zalo-verify", new FakeFault(Code: -201), times: 50);

        await ChannelsTestData.DrainAsync(app, 1);
        var unconfirmed = Assert.Single(await ChannelsTestData.DeliveriesAsync(app, post));
        Assert.Equal(DeliveryStatus.Unconfirmed, unconfirmed.Status);
        Assert.Null(unconfirmed.RemoteId);

        await ChannelsTestData.MakeDueAsync(app, post);
        await ChannelsTestData.DrainAsync(app);

        var settled = Assert.Single(await ChannelsTestData.DeliveriesAsync(app, post));
        Assert.Equal(DeliveryStatus.Published, settled.Status);
        Assert.StartsWith("art", settled.RemoteId, StringComparison.Ordinal);
        Assert.Equal(creates + 1, Fake.Count("POST", "/v2.0/article/create"));
    }

    [Fact]
    public async Task Zalo_refresh_is_single_flight_under_concurrent_deliveries()
    {
        var federation = await ChannelsTestData.FederationIdAsync(app);
        Fake.ZaloRefreshToken = "zrt-initial";
        var calls = Fake.ZaloRefreshCalls;
        var channel = await ChannelsTestData.AddChannelAsync(app, federation, ChannelKind.ZaloOa, "4000000000000000001", "zat-expired", "zrt-initial");
        var posts = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            var post = await ChannelsTestData.CreatePostAsync(app, federation, "Bài Zalo số " + i);
            await ChannelsTestData.PublishAsync(app, post, channel);
            posts.Add(post);
        }

        await ChannelsTestData.DrainAsync(app);

        Assert.Equal(calls + 1, Fake.ZaloRefreshCalls);
        foreach (var post in posts)
        {
            var d = Assert.Single(await ChannelsTestData.DeliveriesAsync(app, post));
            Assert.Equal(DeliveryStatus.Published, d.Status);
            Assert.StartsWith("art", d.RemoteId, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_published_delivery_cannot_be_cancelled_and_a_failed_one_can_be_retried()
    {
        var federation = await ChannelsTestData.FederationIdAsync(app);
        var page = NewPageId();
        var channel = await ChannelsTestData.AddChannelAsync(app, federation, ChannelKind.FacebookPage, page, "tok-x");
        var post = await ChannelsTestData.CreatePostAsync(app, federation, "Bài bị từ chối");
        await ChannelsTestData.PublishAsync(app, post, channel);
        Fake.Script("fb-feed", new FakeFault(Code: 100, Subcode: 1487));
        await ChannelsTestData.DrainAsync(app);
        var failed = Assert.Single(await ChannelsTestData.DeliveriesAsync(app, post));
        Assert.Equal(DeliveryStatus.Failed, failed.Status);
        Assert.Equal(Messages.Get("ChannelsErrorRejected"), failed.LastError);

        var client = await app.AdminAsync();
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync($"/api/v1/deliveries/{failed.Id}/retry", null)).StatusCode);
        await ChannelsTestData.DrainAsync(app);
        Assert.Equal(DeliveryStatus.Published, Assert.Single(await ChannelsTestData.DeliveriesAsync(app, post)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/v1/deliveries/{failed.Id}/cancel", null)).StatusCode);
    }

    [Fact]
    public async Task The_preview_checks_the_zalo_title_limit()
    {
        var federation = await ChannelsTestData.FederationIdAsync(app);
        var channel = await ChannelsTestData.AddChannelAsync(app, federation, ChannelKind.ZaloOa, "4000000000000000009", "zat-p");
        var post = await ChannelsTestData.CreatePostAsync(app, federation, new string('Đ', 160));
        var client = await app.AdminAsync();
        var preview = await client.GetFromJsonAsync<JsonElement>($"/api/v1/posts/{post}/channel-preview?channelId={channel}");
        Assert.Equal(150, preview.GetProperty("titleLimit").GetInt32());
        Assert.Contains("150", Assert.Single(preview.GetProperty("problems").EnumerateArray()).GetString(), StringComparison.Ordinal);
    }
}

public sealed class ChannelsOutboxTests_Sqlite(ChannelsSqliteFixture app) : ChannelsOutboxTests<ChannelsSqliteFixture>(app);

public sealed class ChannelsOutboxTests_Postgres(ChannelsPostgresFixture app) : ChannelsOutboxTests<ChannelsPostgresFixture>(app);
