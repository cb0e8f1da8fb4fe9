using TuyenGiao.Modules.Features.Channels.Contracts;

namespace TuyenGiao.Modules.Features.Channels.Preview;

/// <summary>
/// What a channel would receive for a post, and the platform limits it breaks (<see cref="Problems"/>,
/// plain Vietnamese; empty: it can be sent). Text fields are those the kind uses.
/// </summary>
public sealed record ChannelPreview(
    long ChannelId,
    ChannelKind Kind,
    string ChannelName,
    string Link,
    string? Message,
    int? MessageLength,
    int? MessageLimit,
    string? Title,
    int? TitleLimit,
    string? Description,
    int? DescriptionLimit,
    string? Html,
    IReadOnlyList<long> ImageMediaIds,
    IReadOnlyList<string> Problems);
