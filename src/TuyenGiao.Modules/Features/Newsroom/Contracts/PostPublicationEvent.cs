namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>
/// A change in what the public sees of a post. <paramref name="ChannelIds"/> are the channels
/// (Facebook Pages, Zalo OAs, e-mail lists) its editor chose when publishing or scheduling; empty
/// for updates and withdrawals.
/// </summary>
public sealed record PostPublicationEvent(
    PostPublicationKind Kind,
    long PostId,
    int UnitId,
    string Title,
    string Path,
    DateTime PublishedAt,
    IReadOnlyList<long> ChannelIds,
    string? UserId);
