namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>
/// The read side of published posts (status Published) for the public portal and its feeds.
/// Drafts, submitted, scheduled, unpublished and archived posts never come out of it.
/// </summary>
public interface IPublishedPosts
{
    /// <summary>The front page: featured posts, the latest posts and the latest per active topic.</summary>
    Task<PortalHomeData> GetHomeAsync(int latestCount = 10, int perTopic = 4, CancellationToken ct = default);

    /// <summary>Active topics in their order.</summary>
    Task<IReadOnlyList<PublishedTopic>> GetTopicsAsync(CancellationToken ct = default);

    /// <summary>An active topic by its slug, or null.</summary>
    Task<PublishedTopic?> GetTopicAsync(string slug, CancellationToken ct = default);

    /// <summary>A topic's published posts, newest first; <paramref name="page"/> from 1.</summary>
    Task<PublishedPostPage> ListByTopicAsync(int topicId, int page, int pageSize, CancellationToken ct = default);

    /// <summary>
    /// A unit's section: its own published posts and the posts of other units accepted for its
    /// front page (an accepted front-page proposal), newest first.
    /// </summary>
    Task<PublishedPostPage> ListByUnitAsync(int unitId, int page, int pageSize, CancellationToken ct = default);

    /// <summary>A published post, or null (unknown or not published: the public gets a 404).</summary>
    Task<PublishedPost?> GetAsync(long id, CancellationToken ct = default);

    /// <summary>Published posts sharing the post's topics (most shared first, then newest), then the same unit's.</summary>
    Task<IReadOnlyList<PublishedPostCard>> GetRelatedAsync(long id, int max = 4, CancellationToken ct = default);

    /// <summary>The newest published posts for a feed, site-wide or for one topic.</summary>
    Task<IReadOnlyList<PublishedFeedItem>> GetFeedAsync(int? topicId, int max = 30, CancellationToken ct = default);

    /// <summary>Every published post's address and last modification, newest first.</summary>
    Task<IReadOnlyList<PublishedSitemapEntry>> GetSitemapAsync(CancellationToken ct = default);

    /// <summary>
    /// What pages show a post, whatever its status now (unit, topics, units whose front page
    /// accepted it): the output cache's eviction reads it. Null for an unknown post.
    /// </summary>
    Task<PostPlacement?> GetPlacementAsync(long id, CancellationToken ct = default);
}
