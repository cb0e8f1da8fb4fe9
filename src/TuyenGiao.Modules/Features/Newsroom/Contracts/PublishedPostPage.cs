namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>One page of a list of published posts and the count of all of them.</summary>
public sealed record PublishedPostPage(IReadOnlyList<PublishedPostCard> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
