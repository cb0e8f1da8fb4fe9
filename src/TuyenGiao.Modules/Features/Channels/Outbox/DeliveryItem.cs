using TuyenGiao.Modules.Features.Channels.Contracts;

namespace TuyenGiao.Modules.Features.Channels.Outbox;

/// <summary>A post's delivery to one channel: its state, the platform's id once published, and the last error in plain Vietnamese.</summary>
public sealed record DeliveryItem(
    long Id,
    long PostId,
    long ChannelId,
    string ChannelName,
    ChannelKind ChannelKind,
    int ChannelUnitId,
    DeliveryStatus Status,
    string? RemoteId,
    int Attempts,
    string? LastError,
    string? LastErrorCode,
    DateTime NextAttemptAt,
    DateTime? PublishedAt,
    DateTime UpdatedAt,
    IReadOnlyList<DeliveryAttemptItem> History);
