namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>
/// One search result. <paramref name="TitleHtml"/> and <paramref name="SnippetHtml"/> are
/// HTML-escaped text with the matched words wrapped in <c>&lt;mark&gt;</c>: safe to render raw.
/// </summary>
public sealed record PostSearchHit(
    long Id,
    string Title,
    string TitleHtml,
    string SnippetHtml,
    string Url,
    PostStatus Status,
    DateTime? PublishedAt,
    DateTime UpdatedAt,
    int UnitId,
    string UnitName,
    bool ExactMatch);
