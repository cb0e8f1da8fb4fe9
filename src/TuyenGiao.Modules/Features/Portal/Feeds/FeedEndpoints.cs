using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Portal.Site;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Portal.Feeds;

/// <summary>
/// The portal's machine-readable side: RSS 2.0 and Atom for the site, RSS per topic,
/// <c>sitemap.xml</c> (a sitemap index above 50,000 posts) and <c>robots.txt</c>.
/// </summary>
public static class FeedEndpoints
{
    /// <summary>The sitemap protocol's limit of addresses per file.</summary>
    public const int SitemapLimit = 50_000;

    private const int FeedSize = 30;

    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), Indent = false };

    public static void MapPortalFeeds(this IEndpointRouteBuilder app)
    {
        app.MapGet("/rss.xml", async (HttpContext http, IPublishedPosts posts, PortalSite site, CancellationToken ct) =>
            {
                var feed = BuildFeed(http.Request, "/rss.xml", null, await site.FederationNameAsync(ct), await posts.GetFeedAsync(null, FeedSize, ct));
                return Xml(w => new Rss20FeedFormatter(feed, false).WriteTo(w), "application/rss+xml");
            })
            .WithName("PortalRss").WithSummary("RSS 2.0 feed of the latest published posts.").ExcludeFromDescription();

        app.MapGet("/atom.xml", async (HttpContext http, IPublishedPosts posts, PortalSite site, CancellationToken ct) =>
            {
                var feed = BuildFeed(http.Request, "/atom.xml", null, await site.FederationNameAsync(ct), await posts.GetFeedAsync(null, FeedSize, ct));
                return Xml(w => new Atom10FeedFormatter(feed).WriteTo(w), "application/atom+xml");
            })
            .WithName("PortalAtom").WithSummary("Atom 1.0 feed of the latest published posts.").ExcludeFromDescription();

        app.MapGet("/chu-de/{slug}/rss.xml", async Task<Results<FileContentHttpResult, NotFound>> (string slug, HttpContext http, IPublishedPosts posts, PortalSite site, CancellationToken ct) =>
            {
                var topic = await posts.GetTopicAsync(slug, ct);
                if (topic is null)
                {
                    return TypedResults.NotFound();
                }

                var items = await posts.GetFeedAsync(topic.Id, FeedSize, ct);
                var feed = BuildFeed(http.Request, topic.Url + "/rss.xml", topic, await site.FederationNameAsync(ct), items);
                return Xml(w => new Rss20FeedFormatter(feed, false).WriteTo(w), "application/rss+xml");
            })
            .WithName("PortalTopicRss").WithSummary("RSS 2.0 feed of a topic's latest published posts.").ExcludeFromDescription();

        app.MapGet("/sitemap.xml", async (HttpContext http, IPublishedPosts posts, CancellationToken ct) =>
            {
                var entries = await posts.GetSitemapAsync(ct);
                var origin = PortalSite.Origin(http.Request);
                return entries.Count + 1 > SitemapLimit ? SitemapIndex(origin, entries) : Sitemap(origin, entries, 0, includeHome: true);
            })
            .WithName("PortalSitemap").WithSummary("Every published post's address with its last modification.").ExcludeFromDescription();

        app.MapGet("/sitemap-{part:int}.xml", async Task<Results<FileContentHttpResult, NotFound>> (int part, HttpContext http, IPublishedPosts posts, CancellationToken ct) =>
            {
                var entries = await posts.GetSitemapAsync(ct);
                var skip = (long)(part - 1) * SitemapLimit;
                if (part < 1 || skip >= entries.Count)
                {
                    return TypedResults.NotFound();
                }

                return Sitemap(PortalSite.Origin(http.Request), entries, (int)skip, includeHome: false);
            })
            .WithName("PortalSitemapPart").ExcludeFromDescription();

        app.MapGet("/robots.txt", (HttpContext http) =>
            TypedResults.Text(
                string.Join('\n', "User-agent: *", "Disallow: /quan-tri", "Disallow: /api", "Allow: /", "", "Sitemap: " + PortalSite.Origin(http.Request) + "/sitemap.xml", ""),
                "text/plain", Encoding.UTF8))
            .WithName("PortalRobots").ExcludeFromDescription();
    }

    private static SyndicationFeed BuildFeed(HttpRequest request, string selfPath, PublishedTopic? topic, string federation, IReadOnlyList<PublishedFeedItem> items)
    {
        var origin = PortalSite.Origin(request);
        var home = new Uri(origin + (topic?.Url ?? "/"));
        var title = topic is null ? federation : topic.Name + " – " + federation;
        var updated = items.Count > 0 ? items.Max(i => i.UpdatedAt > i.PublishedAt ? i.UpdatedAt : i.PublishedAt) : DateTime.UnixEpoch;
        var feed = new SyndicationFeed(title, topic?.Description ?? Messages.Get("PortalFeedDescription", federation), home, origin + selfPath, new DateTimeOffset(DateTime.SpecifyKind(updated, DateTimeKind.Utc)))
        {
            Language = "vi",
            Copyright = new TextSyndicationContent("© " + federation),
            Generator = "TuyenGiao",
        };
        feed.Links.Add(new SyndicationLink(new Uri(origin + selfPath), "self", null, selfPath.EndsWith("atom.xml", StringComparison.Ordinal) ? "application/atom+xml" : "application/rss+xml", 0));
        feed.Items = items.Select(i =>
        {
            var url = origin + i.Url;
            var item = new SyndicationItem(i.Title, i.Description, new Uri(url), url, new DateTimeOffset(DateTime.SpecifyKind(i.UpdatedAt > i.PublishedAt ? i.UpdatedAt : i.PublishedAt, DateTimeKind.Utc)))
            {
                PublishDate = new DateTimeOffset(DateTime.SpecifyKind(i.PublishedAt, DateTimeKind.Utc)),
            };
            item.Authors.Add(new SyndicationPerson(null, PortalSite.Byline(i.AuthorName, i.UnitName), null));
            foreach (var category in i.Categories)
            {
                item.Categories.Add(new SyndicationCategory(category));
            }

            return item;
        }).ToList();
        return feed;
    }

    private static FileContentHttpResult Sitemap(string origin, IReadOnlyList<PublishedSitemapEntry> entries, int skip, bool includeHome)
    {
        return Xml(
            w =>
            {
                const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
                w.WriteStartDocument();
                w.WriteStartElement("urlset", Ns);
                if (includeHome)
                {
                    w.WriteStartElement("url", Ns);
                    w.WriteElementString("loc", Ns, origin + "/");
                    if (entries.Count > 0)
                    {
                        w.WriteElementString("lastmod", Ns, W3c(entries.Max(e => e.LastModified)));
                    }

                    w.WriteEndElement();
                }

                foreach (var e in entries.Skip(skip).Take(includeHome ? SitemapLimit - 1 : SitemapLimit))
                {
                    w.WriteStartElement("url", Ns);
                    w.WriteElementString("loc", Ns, origin + e.Url);
                    w.WriteElementString("lastmod", Ns, W3c(e.LastModified));
                    w.WriteEndElement();
                }

                w.WriteEndElement();
                w.WriteEndDocument();
            },
            "application/xml");
    }

    private static FileContentHttpResult SitemapIndex(string origin, IReadOnlyList<PublishedSitemapEntry> entries)
    {
        return Xml(
            w =>
            {
                const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
                w.WriteStartDocument();
                w.WriteStartElement("sitemapindex", Ns);
                var parts = (entries.Count + SitemapLimit - 1) / SitemapLimit;
                for (var part = 1; part <= parts; part++)
                {
                    var slice = entries.Skip((part - 1) * SitemapLimit).Take(SitemapLimit);
                    w.WriteStartElement("sitemap", Ns);
                    w.WriteElementString("loc", Ns, origin + "/sitemap-" + part.ToString(CultureInfo.InvariantCulture) + ".xml");
                    w.WriteElementString("lastmod", Ns, W3c(slice.Max(e => e.LastModified)));
                    w.WriteEndElement();
                }

                w.WriteEndElement();
                w.WriteEndDocument();
            },
            "application/xml");
    }

    private static string W3c(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static FileContentHttpResult Xml(Action<XmlWriter> write, string contentType)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, XmlSettings))
        {
            write(writer);
        }

        return TypedResults.File(buffer.ToArray(), contentType + "; charset=utf-8");
    }
}
