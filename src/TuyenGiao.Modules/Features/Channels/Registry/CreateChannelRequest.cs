using TuyenGiao.Modules.Features.Channels.Contracts;

namespace TuyenGiao.Modules.Features.Channels.Registry;

/// <summary><c>POST /api/v1/channels</c>. <see cref="AccessToken"/> is a pasted Page token (Administrators only); stored encrypted.</summary>
public sealed record CreateChannelRequest(
    int? UnitId,
    ChannelKind? Kind,
    string? ExternalId,
    string? Name,
    string? AccessToken = null,
    string? Administrator = null,
    int? Followers = null);
