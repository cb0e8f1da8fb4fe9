namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>A page of search results, best first, and how many there are in all.</summary>
public sealed record PostSearchResults(IReadOnlyList<PostSearchHit> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
