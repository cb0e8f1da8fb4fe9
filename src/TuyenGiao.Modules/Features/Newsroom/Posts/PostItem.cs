using TuyenGiao.Modules.Features.Newsroom.Contracts;

namespace TuyenGiao.Modules.Features.Newsroom.Posts;

/// <summary>A row of the post list. <paramref name="Url"/> is the public address once published.</summary>
public sealed record PostItem(
    long Id,
    int UnitId,
    string UnitName,
    string Title,
    PostStatus Status,
    PostFormat Format,
    string AuthorName,
    DateTime UpdatedAt,
    DateTime? PublishAt,
    DateTime? PublishedAt,
    string? Url,
    int Version);
