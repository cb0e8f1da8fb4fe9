namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>The front page: featured posts (newest first), the latest posts, and each active topic's latest.</summary>
public sealed record PortalHomeData(
    IReadOnlyList<PublishedPostCard> Featured,
    IReadOnlyList<PublishedPostCard> Latest,
    IReadOnlyList<TopicSection> Topics);
