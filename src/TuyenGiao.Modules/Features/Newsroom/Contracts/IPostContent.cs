namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>What a channel adapter reads of a post (Facebook, Zalo, e-mail): the newsroom's side of the channels contract.</summary>
public interface IPostContent
{
    /// <summary>The post as channels render it, or null when unknown.</summary>
    Task<PostContent?> GetAsync(long postId, CancellationToken ct = default);
}

/// <summary>
/// A post for the channels. <paramref name="Path"/> is the portal path (<see cref="PostLinks.PostPath"/>);
/// <paramref name="BodyText"/> the body as plain text; <paramref name="BodyHtml"/> sanitised HTML.
/// </summary>
public sealed record PostContent(
    long Id,
    int UnitId,
    string Title,
    string? Summary,
    string BodyText,
    string BodyHtml,
    string Path,
    long? CoverMediaId,
    string? CoverAlt,
    string AuthorName,
    PostStatus Status,
    DateTime? PublishedAt,
    IReadOnlyList<long> ImageMediaIds);
