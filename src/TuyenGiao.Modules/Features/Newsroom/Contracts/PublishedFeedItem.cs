namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>A post in an RSS/Atom feed: <paramref name="Description"/> is the summary, else the start of the body text.</summary>
public sealed record PublishedFeedItem(
    long Id,
    string Title,
    string Url,
    string Description,
    string AuthorName,
    DateTime PublishedAt,
    DateTime UpdatedAt,
    string UnitName,
    IReadOnlyList<string> Categories,
    PostCover? Cover);
