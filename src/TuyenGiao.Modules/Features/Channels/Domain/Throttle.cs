namespace TuyenGiao.Modules.Features.Channels.Domain;

/// <summary>A platform's "slow down" for an app or a page: nothing is sent through <see cref="Key"/> before <see cref="Until"/>.</summary>
internal sealed class Throttle
{
    /// <summary>"fb-app", "fb-page:{id}", "zalo-oa:{id}".</summary>
    public string Key { get; set; } = string.Empty;

    public DateTime Until { get; set; }

    public string? Reason { get; set; }
}
