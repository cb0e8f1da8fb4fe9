namespace TuyenGiao.Modules.Features.Newsroom.Search;

/// <summary>A public search result: <c>snippet</c> and <c>titleHtml</c> are escaped HTML with matches in &lt;mark&gt;.</summary>
public sealed record PublicSearchItem(long Id, string Title, string Url, string Snippet, string TitleHtml, DateTime? PublishedAt, int UnitId, string UnitName);
