using TuyenGiao.Modules.Features.Channels.Contracts;

namespace TuyenGiao.Modules.Features.Channels.Adapters;

/// <summary>Sends a rendered post to one kind of channel, and reads the platform back after an unconfirmed send.</summary>
internal interface IChannelAdapter
{
    ChannelKind Kind { get; }

    /// <summary>Throttle keys this channel is subject to (app-wide and per page/OA).</summary>
    IReadOnlyList<string> ThrottleKeys(ChannelTarget target);

    Task<SendResult> SendAsync(ChannelTarget target, RenderedPost post, CancellationToken ct);

    /// <summary>Looks for the post on the platform (the portal link in the page's feed, the title in the OA's list).</summary>
    Task<ReconcileResult> ReconcileAsync(ChannelTarget target, RenderedPost post, CancellationToken ct);
}
