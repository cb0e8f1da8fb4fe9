namespace TuyenGiao.Modules.Features.Channels.Domain;

/// <summary>A reading of a channel's or a delivered post's figures at a time (time series).</summary>
internal sealed class ChannelMetric
{
    public long Id { get; set; }

    public long ChannelId { get; set; }

    /// <summary>Null for channel-level figures (followers).</summary>
    public long? DeliveryId { get; set; }

    public DateTime TakenAt { get; set; }

    /// <summary>followers, reactions, comments, shares, impressions, views, likes.</summary>
    public string Metric { get; set; } = string.Empty;

    public long Value { get; set; }
}
