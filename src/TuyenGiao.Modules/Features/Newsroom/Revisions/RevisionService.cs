using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using TuyenGiao.Modules.Features.Newsroom.Posts;
using TuyenGiao.Modules.Features.Newsroom.Workflow;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Newsroom.Revisions;

/// <summary>A post's revision history: list, open, compare (word level) and restore (as a new revision).</summary>
internal sealed class RevisionService(AppDbContext db, PostService posts, PublicationObservers observers, IAccessScope access, IAuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<RevisionItem>> ListAsync(long postId, CancellationToken ct = default)
    {
        await posts.LoadAsync(postId, tracked: false, ct);
        return await db.Set<PostRevision>().AsNoTracking().Where(r => r.PostId == postId).OrderByDescending(r => r.Number)
            .Select(r => new RevisionItem(r.Number, r.CreatedAt, r.CreatedByName, r.Reason, r.Title, null, null))
            .ToListAsync(ct);
    }

    public async Task<RevisionItem> GetAsync(long postId, int number, CancellationToken ct = default)
    {
        await posts.LoadAsync(postId, tracked: false, ct);
        var r = await FindAsync(postId, number, ct);
        return new RevisionItem(r.Number, r.CreatedAt, r.CreatedByName, r.Reason, r.Title, r.Summary, r.BodyHtml);
    }

    /// <summary>Compares revision <paramref name="from"/> (default: the one before <paramref name="to"/>) with <paramref name="to"/> (default: the latest).</summary>
    public async Task<RevisionDiff> DiffAsync(long postId, int? from, int? to, CancellationToken ct = default)
    {
        await posts.LoadAsync(postId, tracked: false, ct);
        var latest = await db.Set<PostRevision>().Where(r => r.PostId == postId).MaxAsync(r => (int?)r.Number, ct) ?? throw AppProblemException.NotFound();
        var newer = await FindAsync(postId, to ?? latest, ct);
        var olderNumber = from ?? Math.Max(1, newer.Number - 1);
        var older = await FindAsync(postId, olderNumber, ct);
        var title = WordDiff.Compare(older.Title, newer.Title);
        var summary = WordDiff.Compare(older.Summary, newer.Summary);
        var body = WordDiff.Compare(older.BodyText, newer.BodyText);
        var all = title.Concat(summary).Concat(body).ToList();
        return new RevisionDiff(older.Number, newer.Number, title, summary, body, Words(all, "insert"), Words(all, "delete"));
    }

    /// <summary>Puts revision <paramref name="number"/>'s content back (a new revision), if the caller may edit the post now.</summary>
    public async Task<PostDetail> RestoreAsync(long postId, int number, int? version, CancellationToken ct = default)
    {
        var userId = access.UserId ?? throw AppProblemException.Forbidden();
        var post = await posts.LoadAsync(postId, tracked: true, ct);
        await posts.EnsureAllowedAsync(post, PostAction.Edit, ct);
        if (version is null)
        {
            throw AppProblemException.Invalid([new FieldError("version", Messages.Get("Required", "version"))]);
        }

        PostService.EnsureVersion(post, version);
        var revision = await FindAsync(postId, number, ct);
        var now = time.GetUtcNow().UtcDateTime;
        post.SetContent(revision.Title, revision.Summary, revision.BodyHtml);
        var slug = Shared.Text.VietnameseText.Slugify(post.Title, 120);
        post.Slug = slug.Length == 0 ? "bai-viet" : slug;
        post.UpdatedAt = now;
        post.Version++;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await RevisionWriter.AddAsync(db, post, userId, access.UserName ?? string.Empty, "restore:" + number.ToString(System.Globalization.CultureInfo.InvariantCulture), now, ct);
        audit.Record("newsroom.post-revision-restore", nameof(Post), PostService.Key(post.Id), post.UnitId, $"{post.Title} ← #{number}");
        PostPublicationEvent? updated = post.Status == PostStatus.Published
            ? new PostPublicationEvent(PostPublicationKind.Updated, post.Id, post.UnitId, post.Title, PostLinks.PostPath(post.Id, post.Slug), post.PublishedAt ?? now, [], userId)
            : null;
        if (updated is not null)
        {
            await observers.BeforeCommitAsync(updated, ct);
        }

        await posts.SaveAsync(ct);
        await tx.CommitAsync(ct);
        if (updated is not null)
        {
            await observers.AfterCommitAsync(updated, CancellationToken.None);
        }

        return await posts.DetailAsync(post, ct);
    }

    private async Task<PostRevision> FindAsync(long postId, int number, CancellationToken ct) =>
        await db.Set<PostRevision>().AsNoTracking().FirstOrDefaultAsync(r => r.PostId == postId && r.Number == number, ct)
            ?? throw AppProblemException.NotFound();

    private static int Words(IEnumerable<DiffSegment> segments, string kind) =>
        segments.Where(s => s.Kind == kind).Sum(s => s.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
}
