namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>
/// A published post's article page. <paramref name="VideoEmbedUrl"/> is the player address
/// (YouTube or Facebook) of <paramref name="VideoUrl"/> when it is one of theirs.
/// </summary>
public sealed record PublishedPost(
    long Id,
    string Title,
    string Slug,
    string Url,
    string? Summary,
    string BodyHtml,
    string BodyText,
    string AuthorName,
    string? SourceCredit,
    string? VideoUrl,
    DateTime PublishedAt,
    DateTime UpdatedAt,
    int UnitId,
    string UnitName,
    PostFormat Format,
    IReadOnlyList<PublishedTopic> Topics,
    IReadOnlyList<string> Tags,
    PostCover? Cover,
    string? VideoEmbedUrl = null);
