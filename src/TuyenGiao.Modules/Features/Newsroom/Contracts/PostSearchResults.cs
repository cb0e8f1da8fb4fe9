namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>
/// A page of search results, best first, and how many there are in all: exactly, or — when
/// <paramref name="TotalIsLowerBound"/> — "more than <paramref name="Total"/>" (hits are counted up to
/// 10,000 and pages reach that far).
/// </summary>
public sealed record PostSearchResults(IReadOnlyList<PostSearchHit> Items, int Total, int Page, int PageSize, bool TotalIsLowerBound = false)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
