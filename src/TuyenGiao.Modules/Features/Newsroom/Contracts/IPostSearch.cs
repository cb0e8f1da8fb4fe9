namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>
/// Full-text search over posts' title, summary and body, insensitive to tones and đ, with the
/// exact (accented) form of the query ranked first and highlighted snippets.
/// </summary>
public interface IPostSearch
{
    /// <summary>Published posts only (the public portal and <c>GET /api/v1/search</c>).</summary>
    Task<PostSearchResults> SearchPublishedAsync(PostSearchQuery query, CancellationToken ct = default);
}
