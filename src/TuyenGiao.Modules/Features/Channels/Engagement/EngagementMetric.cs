namespace TuyenGiao.Modules.Features.Channels.Engagement;

/// <summary>The names stored in <c>channels_metrics.Metric</c>.</summary>
internal static class EngagementMetric
{
    /// <summary>Channel level: Page followers_count, OA num_follower.</summary>
    public const string Followers = "followers";

    /// <summary>Facebook reactions (all kinds).</summary>
    public const string Reactions = "reactions";

    /// <summary>Zalo article total_like.</summary>
    public const string Likes = "likes";

    public const string Comments = "comments";

    public const string Shares = "shares";

    /// <summary>Facebook post_media_view (replaced post_impressions), Zalo total_view.</summary>
    public const string Views = "views";

    /// <summary>Facebook post_total_media_view_unique (replaced post_impressions_unique).</summary>
    public const string Viewers = "viewers";

    /// <summary>Facebook post_clicks.</summary>
    public const string Clicks = "clicks";

    /// <summary>Per-post metrics in display order.</summary>
    public static readonly IReadOnlyList<string> PostMetrics = [Reactions, Likes, Comments, Shares, Views, Viewers, Clicks];
}
