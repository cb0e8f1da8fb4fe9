using TuyenGiao.Modules.Features.Channels.Contracts;

namespace TuyenGiao.Modules.Features.Channels.Engagement;

/// <summary>One reading of a figure: a channel's (no delivery) or a delivered post's.</summary>
public sealed record MetricPoint(DateTime TakenAt, string Metric, long Value, long? DeliveryId);

/// <summary>A channel's readings between two times (UTC), oldest first.</summary>
public sealed record ChannelMetricSeries(long ChannelId, string ChannelName, DateTime From, DateTime To, IReadOnlyList<MetricPoint> Points);

/// <summary>
/// A delivery (post × channel) with its latest figures (<c>reactions</c>, <c>likes</c>, <c>comments</c>,
/// <c>shares</c>, <c>views</c>, <c>viewers</c>, <c>clicks</c>), read at <paramref name="TakenAt"/>; null when not read yet.
/// </summary>
public sealed record DeliveryFigures(
    long DeliveryId,
    long PostId,
    string? PostTitle,
    long ChannelId,
    string ChannelName,
    ChannelKind Kind,
    int UnitId,
    string? RemoteId,
    DateTime? PublishedAt,
    DateTime? TakenAt,
    IReadOnlyDictionary<string, long> Figures);

/// <summary>Where a post went and how it did there: each delivery's latest figures and their sum.</summary>
public sealed record PostEngagement(long PostId, IReadOnlyList<DeliveryFigures> Deliveries, IReadOnlyDictionary<string, long> Totals);

/// <summary>A follower count at a time.</summary>
public sealed record FollowerPoint(DateTime TakenAt, long Value);

/// <summary>A channel's followers now and lately, and its delivered posts' latest figures.</summary>
public sealed record ChannelEngagement(long ChannelId, string Name, ChannelKind Kind, int? Followers, DateTime? FollowersAt, IReadOnlyList<FollowerPoint> Trend, IReadOnlyList<DeliveryFigures> Posts);

/// <summary>A post among the most shared and reacted to.</summary>
public sealed record TopPost(long PostId, string? Title, long Reactions, long Shares, long Comments, long Views, int Channels);

/// <summary>Active channels of a kind in the subtree and their followers (null when none of them has a count).</summary>
public sealed record FollowersByKind(ChannelKind Kind, int Channels, long? Followers);

/// <summary>The dashboard's figures for the person's units: totals of posts delivered in the last 7 and 30 days, top posts, followers.</summary>
public sealed record EngagementDashboard(IReadOnlyDictionary<string, long> Last7Days, IReadOnlyDictionary<string, long> Last30Days, IReadOnlyList<TopPost> TopPosts, IReadOnlyList<FollowersByKind> Followers);
