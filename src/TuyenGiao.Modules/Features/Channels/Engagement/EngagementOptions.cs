namespace TuyenGiao.Modules.Features.Channels.Engagement;

/// <summary><c>Channels:Engagement:*</c>: the periodic import of likes, shares, views and followers.</summary>
internal sealed class EngagementOptions
{
    public const string Section = "Channels:Engagement";

    /// <summary>Run the import in this process (a web-only node turns it off).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often a channel's figures are read.</summary>
    public int IntervalMinutes { get; set; } = 60;

    /// <summary>Posts delivered within this many days are read; older ones keep their last figures.</summary>
    public int WindowDays { get; set; } = 30;

    /// <summary>How long one node holds a channel while reading it (another node takes it over after).</summary>
    public int LeaseMinutes { get; set; } = 10;

    /// <summary>Wait after start before the first run (lets the node warm up).</summary>
    public int StartDelaySeconds { get; set; } = 60;
}
