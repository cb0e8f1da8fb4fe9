using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Logging;
using TuyenGiao.Modules.Features.Newsroom.Contracts;

namespace TuyenGiao.Modules.Features.Portal.Caching;

/// <summary>
/// On publish, update and withdraw: evicts the cached pages that show the post (its article, its
/// unit's section and the sections that accepted it, its topics, the home page, the feeds).
/// </summary>
internal sealed class PortalCacheEvictor(IOutputCacheStore store, IPublishedPosts posts, ILogger<PortalCacheEvictor> logger) : IPostPublicationObserver
{
    public Task BeforeCommitAsync(PostPublicationEvent publication, CancellationToken ct) => Task.CompletedTask;

    public async Task AfterCommitAsync(PostPublicationEvent publication, CancellationToken ct)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal)
        {
            PortalCacheTags.Post(publication.PostId),
            PortalCacheTags.Unit(publication.UnitId),
            PortalCacheTags.Home,
            PortalCacheTags.Feeds,
        };
        if (await posts.GetPlacementAsync(publication.PostId, ct) is { } placement)
        {
            tags.Add(PortalCacheTags.Unit(placement.UnitId));
            tags.UnionWith(placement.TopicSlugs.Select(PortalCacheTags.Topic));
            tags.UnionWith(placement.FrontPageUnitIds.Select(PortalCacheTags.Unit));
        }

        foreach (var tag in tags)
        {
            await store.EvictByTagAsync(tag, ct);
        }

        logger.LogDebug("Evicted portal cache tags {Tags} after {Kind} of post {PostId}", tags, publication.Kind, publication.PostId);
    }
}
