using System.Net;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;

namespace TuyenGiao.IntegrationTests.Features.Portal;

/// <summary>The public portal as a visitor (and a crawler) gets it: pages, article metadata, feeds, sitemap, cache.</summary>
public abstract partial class PortalPagesTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task Demo_posts_fill_the_home_page_with_landmarks_and_no_cookie()
    {
        var published = await app.WithDbAsync(db => db.Set<Post>().CountAsync(p => p.Status == PostStatus.Published));
        Assert.True(published >= 35, $"demo posts: {published}");

        var response = await app.Anonymous().GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        var html = await response.Content.ReadAsStringAsync();
        foreach (var landmark in new[] { "<header", "<nav", "<main", "<footer", "class=\"skip-link\" href=\"#main\"", "href=\"/lich-ngay-le\"", "href=\"/dang-nhap\"" })
        {
            Assert.Contains(landmark, html);
        }

        Assert.Contains("Phát động Tháng Công nhân", html);
        Assert.Contains("data-testid=\"featured\"", html);
        Assert.Contains("data-testid=\"cover-placeholder\"", html); // no media library registered: a placeholder block, not a broken image
    }

    [Fact]
    public async Task Article_carries_open_graph_and_json_ld_and_share_links()
    {
        var topic = await app.TopicIdAsync(1);
        var id = await app.AddPostAsync("Công nhân được tăng lương từ tháng Bảy", "Mức lương tối thiểu vùng tăng 7,2%.", topicId: topic);
        var path = PostLinks.PostPath(id, "cong-nhan-duoc-tang-luong-tu-thang-bay");
        var html = await app.Anonymous().GetStringAsync(path);

        Assert.Contains("<meta property=\"og:title\" content=\"Công nhân được tăng lương từ tháng Bảy\"", html);
        Assert.Contains("<meta property=\"og:type\" content=\"article\"", html);
        Assert.Contains("<meta name=\"twitter:card\"", html);
        Assert.Contains("<meta property=\"og:description\" content=\"Mức lương tối thiểu vùng tăng 7,2%.\"", html);
        var ld = JsonDocument.Parse(JsonLd().Match(html).Groups[1].Value).RootElement;
        Assert.Equal("NewsArticle", ld.GetProperty("@type").GetString());
        Assert.Equal("Công nhân được tăng lương từ tháng Bảy", ld.GetProperty("headline").GetString());
        Assert.Equal("Liên đoàn Lao động tỉnh Bắc Kạn", ld.GetProperty("publisher").GetProperty("name").GetString());
        Assert.Equal("Phóng viên thử", ld.GetProperty("author").GetProperty("name").GetString());
        Assert.True(DateTimeOffset.TryParse(ld.GetProperty("datePublished").GetString(), out _));
        Assert.True(DateTimeOffset.TryParse(ld.GetProperty("dateModified").GetString(), out _));
        Assert.Contains("https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Flocalhost" + Uri.EscapeDataString(path), html);
        Assert.Contains("https://sp.zalo.me/share_inline?url=", html);
        Assert.Contains("data-testid=\"related\"", html);
    }

    [Fact]
    public async Task A_wrong_slug_moves_permanently_and_unpublished_posts_are_not_found()
    {
        var id = await app.AddPostAsync("Hội nghị đối thoại tại doanh nghiệp may");
        var client = app.Anonymous();

        var wrong = await client.GetAsync($"/bai-viet/{id}/ten-cu");
        Assert.Equal(HttpStatusCode.MovedPermanently, wrong.StatusCode);
        Assert.Equal($"/bai-viet/{id}/hoi-nghi-doi-thoai-tai-doanh-nghiep-may", wrong.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.MovedPermanently, (await client.GetAsync($"/bai-viet/{id}")).StatusCode);

        var draft = await app.AddPostAsync("Bản nháp chưa được đăng", status: PostStatus.Draft);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/bai-viet/{draft}/ban-nhap-chua-duoc-dang")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/bai-viet/999999999/khong-co")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/chu-de/khong-co-chu-de-nay")).StatusCode);
    }

    [Fact]
    public async Task Topic_pages_page_through_the_topics_posts()
    {
        var topic = await app.TopicIdAsync(4);
        var slug = await app.TopicSlugAsync(topic);
        for (var i = 1; i <= 13; i++)
        {
            await app.AddPostAsync($"Điển hình tiêu biểu số {i:00}", topicId: topic, publishedAt: DateTime.UtcNow.AddMinutes(-i));
        }

        var client = app.Anonymous();
        var first = await client.GetStringAsync(PostLinks.TopicPath(slug));
        var second = await client.GetStringAsync(PostLinks.TopicPath(slug) + "?trang=2");
        Assert.Contains("Điển hình tiêu biểu số 01", first);
        Assert.DoesNotContain("Điển hình tiêu biểu số 13", first);
        Assert.Contains("Điển hình tiêu biểu số 13", second);
        Assert.Contains("?trang=2", first);
    }

    [Fact]
    public async Task Unit_page_shows_its_posts_and_those_accepted_for_its_front_page()
    {
        var federation = await app.FederationIdAsync();
        var (upper, other) = await app.UpperUnionsAsync();
        var own = await app.AddPostAsync("Tin riêng của công đoàn huyện", unitId: upper);
        var proposed = await app.AddPostAsync("Tin đề xuất lên trang tỉnh", unitId: other);
        var declined = await app.AddPostAsync("Tin đề xuất bị từ chối", unitId: other);
        await app.WithDbAsync(async db =>
        {
            db.Add(new FrontPageProposal { PostId = proposed, TargetUnitId = upper, Status = ProposalStatus.Accepted, ProposedByUserId = await db.Users.Select(u => u.Id).FirstAsync(), ProposedAt = DateTime.UtcNow });
            db.Add(new FrontPageProposal { PostId = declined, TargetUnitId = upper, Status = ProposalStatus.Declined, ProposedByUserId = await db.Users.Select(u => u.Id).FirstAsync(), ProposedAt = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });

        var html = await app.Anonymous().GetStringAsync(PostLinks.UnitPath(upper));
        Assert.Contains("Tin riêng của công đoàn huyện", html);
        Assert.Contains("Tin đề xuất lên trang tỉnh", html);
        Assert.DoesNotContain("Tin đề xuất bị từ chối", html);
        Assert.Contains("Kênh truyền thông", html);
        Assert.DoesNotContain("Tin riêng của công đoàn huyện", await app.Anonymous().GetStringAsync(PostLinks.UnitPath(federation) + "?trang=1"));
        _ = own;
    }

    [Fact]
    public async Task Feeds_parse_as_rss_and_atom_and_list_the_latest_posts()
    {
        var topic = await app.TopicIdAsync(2);
        var slug = await app.TopicSlugAsync(topic);
        await app.AddPostAsync("Kỷ niệm ngày Giải phóng miền Nam trong công nhân", "Sinh hoạt chuyên đề & thi tìm hiểu.", topicId: topic);
        var client = app.Anonymous();

        var rssResponse = await client.GetAsync("/rss.xml");
        Assert.Equal("application/rss+xml", rssResponse.Content.Headers.ContentType?.MediaType);
        var rss = SyndicationFeed.Load(XmlReader.Create(await rssResponse.Content.ReadAsStreamAsync()));
        Assert.Equal("Liên đoàn Lao động tỉnh Bắc Kạn", rss.Title.Text);
        Assert.Equal(30, rss.Items.Count());
        var item = rss.Items.First();
        Assert.Equal("Kỷ niệm ngày Giải phóng miền Nam trong công nhân", item.Title.Text);
        Assert.Equal("Sinh hoạt chuyên đề & thi tìm hiểu.", item.Summary.Text);
        Assert.StartsWith("http://localhost/bai-viet/", item.Links[0].Uri.ToString());
        Assert.NotEqual(default, item.PublishDate);
        Assert.Equal("2.0", XDocument.Parse(await client.GetStringAsync("/rss.xml")).Root!.Attribute("version")!.Value);

        var atom = SyndicationFeed.Load(XmlReader.Create(await client.GetStreamAsync("/atom.xml")));
        Assert.Equal("Kỷ niệm ngày Giải phóng miền Nam trong công nhân", atom.Items.First().Title.Text);
        Assert.Equal(XNamespace.Get("http://www.w3.org/2005/Atom") + "feed", XDocument.Parse(await client.GetStringAsync("/atom.xml")).Root!.Name);

        var perTopic = SyndicationFeed.Load(XmlReader.Create(await client.GetStreamAsync(PostLinks.TopicPath(slug) + "/rss.xml")));
        Assert.Contains("Sự kiện trọng đại", perTopic.Title.Text);
        Assert.All(perTopic.Items, i => Assert.Contains(i.Categories, c => c.Name.StartsWith("Sự kiện trọng đại", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/chu-de/khong-co/rss.xml")).StatusCode);
    }

    [Fact]
    public async Task Sitemap_lists_every_published_post_and_robots_points_at_it()
    {
        var draft = await app.AddPostAsync("Bản nháp không vào sơ đồ trang", status: PostStatus.Draft);
        var published = await app.WithDbAsync(db => db.Set<Post>().Where(p => p.Status == PostStatus.Published).Select(p => p.Id).ToListAsync());
        var client = app.Anonymous();

        var doc = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        Assert.Equal(Sitemap + "urlset", doc.Root!.Name);
        var urls = doc.Root.Elements(Sitemap + "url").ToList();
        Assert.Equal(published.Count + 1, urls.Count);
        Assert.All(urls, u => Assert.True(DateTimeOffset.TryParse(u.Element(Sitemap + "lastmod")!.Value, out _)));
        var locs = urls.Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.All(published, id => Assert.Contains(locs, l => l.StartsWith($"http://localhost/bai-viet/{id}/", StringComparison.Ordinal)));
        Assert.DoesNotContain(locs, l => l.StartsWith($"http://localhost/bai-viet/{draft}/", StringComparison.Ordinal));

        var robots = await client.GetStringAsync("/robots.txt");
        Assert.Contains("Disallow: /quan-tri", robots);
        Assert.Contains("Disallow: /api", robots);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", robots);
    }

    [Fact]
    public async Task A_cached_page_drops_a_post_once_the_withdrawal_is_announced()
    {
        var topic = await app.TopicIdAsync(5);
        var slug = await app.TopicSlugAsync(topic);
        var id = await app.AddPostAsync("Khuyến cáo phòng bệnh bạch hầu cho công nhân", topicId: topic);
        var client = app.Anonymous();
        var page = PostLinks.TopicPath(slug);
        Assert.Contains("Khuyến cáo phòng bệnh bạch hầu", await client.GetStringAsync(page));
        Assert.Contains("Khuyến cáo phòng bệnh bạch hầu", await client.GetStringAsync("/"));

        await app.SetStatusAsync(id, PostStatus.Unpublished);

        // Served from the cache until told: the proof that the page is cached at all.
        Assert.Contains("Khuyến cáo phòng bệnh bạch hầu", await client.GetStringAsync(page));
        // A signed-in reader never gets the cached copy.
        var admin = await app.AdminAsync();
        Assert.DoesNotContain("Khuyến cáo phòng bệnh bạch hầu", await admin.GetStringAsync(page));

        await app.NotifyAsync(PostPublicationKind.Withdrawn, id);

        Assert.DoesNotContain("Khuyến cáo phòng bệnh bạch hầu", await client.GetStringAsync(page));
        Assert.DoesNotContain("Khuyến cáo phòng bệnh bạch hầu", await client.GetStringAsync("/"));
        Assert.DoesNotContain("Khuyến cáo phòng bệnh bạch hầu", await client.GetStringAsync("/rss.xml"));
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}

public sealed class PortalPagesTests_Sqlite(SqliteAppFixture app) : PortalPagesTests<SqliteAppFixture>(app);

public sealed class PortalPagesTests_Postgres(PostgresAppFixture app) : PortalPagesTests<PostgresAppFixture>(app);
