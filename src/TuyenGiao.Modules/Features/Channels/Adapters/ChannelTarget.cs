using TuyenGiao.Modules.Features.Channels.Contracts;

namespace TuyenGiao.Modules.Features.Channels.Adapters;

/// <summary>
/// The channel an adapter sends to: its ids, the clear access token, and for Zalo a way to refresh
/// it (single-flight per OA; returns the new token or null when it could not).
/// </summary>
internal sealed record ChannelTarget(
    long ChannelId,
    int UnitId,
    ChannelKind Kind,
    string ExternalId,
    string Name,
    string? AccessToken,
    Func<CancellationToken, Task<string?>>? RefreshAsync);
