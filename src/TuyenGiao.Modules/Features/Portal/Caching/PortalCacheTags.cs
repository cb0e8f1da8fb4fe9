using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace TuyenGiao.Modules.Features.Portal.Caching;

/// <summary>
/// The output cache's tags: every cached portal response carries <see cref="Portal"/> and what its
/// path names (<c>home</c>, <c>topic:{slug}</c>, <c>unit:{id}</c>, <c>post:{id}</c>, <c>feeds</c>);
/// pages add <c>post:{id}</c> for each post they list, so withdrawing a post evicts every page showing it.
/// </summary>
internal static class PortalCacheTags
{
    public const string Portal = "portal";
    public const string Home = "home";
    public const string Feeds = "feeds";

    public static string Post(long id) => "post:" + id.ToString(CultureInfo.InvariantCulture);

    public static string Unit(int id) => "unit:" + id.ToString(CultureInfo.InvariantCulture);

    public static string Topic(string slug) => "topic:" + slug;

    /// <summary>The tags of a cacheable portal path, or null when the path is not cached.</summary>
    public static IReadOnlyList<string>? ForPath(PathString path)
    {
        var value = path.Value ?? "/";
        if (value is "/" or "")
        {
            return [Portal, Home];
        }

        if (value is "/rss.xml" or "/atom.xml" or "/sitemap.xml")
        {
            return [Portal, Feeds];
        }

        if (value == "/robots.txt")
        {
            return [Portal];
        }

        var parts = value.Trim('/').Split('/');
        return parts switch
        {
            ["chu-de", var slug] => [Portal, Topic(slug)],
            ["chu-de", var slug, "rss.xml"] => [Portal, Feeds, Topic(slug)],
            ["don-vi", var id] when int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var unitId) => [Portal, Unit(unitId)],
            ["bai-viet", var id, ..] when long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var postId) => [Portal, Post(postId)],
            _ => null,
        };
    }

    /// <summary>Marks the response being rendered as showing these posts (no-op when it is not being cached).</summary>
    public static void Shows(HttpContext? context, IEnumerable<long> postIds)
    {
        var tags = context?.Features.Get<IOutputCacheFeature>()?.Context.Tags;
        if (tags is null)
        {
            return;
        }

        foreach (var id in postIds)
        {
            tags.Add(Post(id));
        }
    }
}
