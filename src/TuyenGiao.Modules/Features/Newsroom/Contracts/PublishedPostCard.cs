namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>
/// A published post in a list. <paramref name="Cover"/> is null when the post has none or the
/// media library cannot resolve it (the portal shows a placeholder block then).
/// </summary>
public sealed record PublishedPostCard(
    long Id,
    string Title,
    string Url,
    string? Summary,
    DateTime PublishedAt,
    DateTime UpdatedAt,
    int UnitId,
    string UnitName,
    PostFormat Format,
    PublishedTopic? Topic,
    PostCover? Cover);
