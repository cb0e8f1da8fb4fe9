namespace TuyenGiao.Modules.Features.Newsroom.Search;

/// <summary>A public search result: <c>snippet</c> and <c>titleHtml</c> are escaped HTML with matches in &lt;mark&gt;.</summary>
public sealed record PublicSearchItem(long Id, string Title, string Url, string Snippet, string TitleHtml, DateTime? PublishedAt, int UnitId, string UnitName);

/// <summary>
/// A page of public search results: <c>total</c> is exact, or when <c>totalIsLowerBound</c> is true
/// "more than <c>total</c>" (hits are counted up to 10,000, and pages reach that far).
/// </summary>
public sealed record PublicSearchResults(IReadOnlyList<PublicSearchItem> Items, int Total, bool TotalIsLowerBound);
