using System.Globalization;

namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>The portal's addresses for newsroom content; the one place that knows the URL scheme.</summary>
public static class PostLinks
{
    /// <summary>The article page: <c>/bai-viet/{id}/{slug}</c> (the id decides; a stale slug redirects).</summary>
    public static string PostPath(long id, string slug) => string.Create(CultureInfo.InvariantCulture, $"/bai-viet/{id}/{slug}");

    /// <summary>A topic's page: <c>/chu-de/{slug}</c>.</summary>
    public static string TopicPath(string slug) => "/chu-de/" + slug;

    /// <summary>A unit's section of the portal: <c>/don-vi/{unitId}</c>.</summary>
    public static string UnitPath(int unitId) => string.Create(CultureInfo.InvariantCulture, $"/don-vi/{unitId}");
}
