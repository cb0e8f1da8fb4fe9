using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Newsroom.Domain;

namespace TuyenGiao.Modules.Features.Newsroom.Revisions;

/// <summary>Adds a revision holding a post's current content (saved with the caller's SaveChanges).</summary>
internal static class RevisionWriter
{
    public static async Task AddAsync(AppDbContext db, Post post, string userId, string userName, string reason, DateTime now, CancellationToken ct)
    {
        var last = await db.Set<PostRevision>().Where(r => r.PostId == post.Id).MaxAsync(r => (int?)r.Number, ct) ?? 0;
        db.Add(new PostRevision
        {
            PostId = post.Id,
            Number = last + 1,
            Title = post.Title,
            Summary = post.Summary,
            BodyHtml = post.BodyHtml,
            BodyText = post.BodyText,
            CreatedAt = now,
            CreatedByUserId = userId,
            CreatedByName = userName,
            Reason = reason,
        });
    }
}
