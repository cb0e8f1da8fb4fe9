using TuyenGiao.Modules.Features.Channels.Contracts;

namespace TuyenGiao.Modules.Features.Channels.Registry;

/// <summary>A channel as the API and pages show it (never its tokens).</summary>
public sealed record ChannelItem(
    long Id,
    int UnitId,
    string? UnitName,
    ChannelKind Kind,
    string ExternalId,
    string Name,
    string? Administrator,
    ChannelStatus Status,
    bool HasToken,
    int? Followers,
    DateTime? DeferredUntil,
    DateTime CreatedAt,
    DateTime UpdatedAt);
