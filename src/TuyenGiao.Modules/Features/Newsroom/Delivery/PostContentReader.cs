using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;

namespace TuyenGiao.Modules.Features.Newsroom.Delivery;

/// <summary>Reads a post for the channel adapters (no tracking; the cover first, then attachments in order).</summary>
internal sealed class PostContentReader(AppDbContext db) : IPostContent
{
    public async Task<PostContent?> GetAsync(long postId, CancellationToken ct = default)
    {
        var post = await db.Set<Post>().AsNoTracking().Include(p => p.Attachments).FirstOrDefaultAsync(p => p.Id == postId, ct);
        if (post is null)
        {
            return null;
        }

        var images = new List<long>();
        if (post.CoverMediaId is { } cover)
        {
            images.Add(cover);
        }

        images.AddRange(post.Attachments.OrderBy(a => a.SortOrder).Select(a => a.MediaId).Where(id => !images.Contains(id)));
        return new PostContent(
            post.Id,
            post.UnitId,
            post.Title,
            post.Summary,
            post.BodyText,
            post.BodyHtml,
            PostLinks.PostPath(post.Id, post.Slug),
            post.CoverMediaId,
            post.CoverAlt,
            post.AuthorName,
            post.Status,
            post.PublishedAt,
            images);
    }
}
