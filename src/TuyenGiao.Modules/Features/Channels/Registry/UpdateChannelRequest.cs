using TuyenGiao.Modules.Features.Channels.Contracts;

namespace TuyenGiao.Modules.Features.Channels.Registry;

/// <summary><c>PATCH /api/v1/channels/{id}</c>: only the fields given change. A new <see cref="AccessToken"/> reconnects the channel.</summary>
public sealed record UpdateChannelRequest(
    ChannelStatus? Status = null,
    string? Name = null,
    string? AccessToken = null,
    string? Administrator = null,
    int? Followers = null);
