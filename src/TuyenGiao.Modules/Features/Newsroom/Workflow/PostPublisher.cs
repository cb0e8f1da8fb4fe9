using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;

namespace TuyenGiao.Modules.Features.Newsroom.Workflow;

/// <summary>
/// The one path that puts a post live, used by a manual publish and by the scheduler alike. It
/// claims the post with a conditional UPDATE (same id, expected status, expected version) inside
/// a transaction, so of several workers racing for the same post exactly one wins; the observers'
/// <c>BeforeCommitAsync</c> rows (outbox deliveries) and the audit entry commit with it.
/// </summary>
internal sealed class PostPublisher(AppDbContext db, PublicationObservers observers, IAuditLog audit, TimeProvider time)
{
    /// <summary>Publishes the post if it still has <paramref name="expectedStatus"/> and <paramref name="expectedVersion"/>; false when someone else changed it first.</summary>
    public async Task<bool> PublishAsync(long postId, PostStatus expectedStatus, int expectedVersion, IReadOnlyList<long> channelIds, string? userId, string origin, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.Set<Post>()
            .Where(p => p.Id == postId && p.Status == expectedStatus && p.Version == expectedVersion)
            .ExecuteUpdateAsync(
                s => s.SetProperty(p => p.Status, PostStatus.Published)
                    .SetProperty(p => p.Version, p => p.Version + 1)
                    .SetProperty(p => p.PublishedAt, p => p.PublishedAt ?? now)
                    .SetProperty(p => p.WithdrawnAt, (DateTime?)null)
                    .SetProperty(p => p.ScheduledChannelIds, (string?)null)
                    .SetProperty(p => p.UpdatedAt, now),
                ct);
        if (claimed == 0)
        {
            await tx.RollbackAsync(ct);
            return false;
        }

        var row = await db.Set<Post>().AsNoTracking().Where(p => p.Id == postId)
            .Select(p => new { p.UnitId, p.Title, p.Slug, p.PublishedAt })
            .FirstAsync(ct);
        var publication = new PostPublicationEvent(
            PostPublicationKind.Published, postId, row.UnitId, row.Title, PostLinks.PostPath(postId, row.Slug), row.PublishedAt ?? now, channelIds, userId);
        audit.Record("newsroom.post-publish", nameof(Post), postId.ToString(CultureInfo.InvariantCulture), row.UnitId, origin + ": " + row.Title);
        await observers.BeforeCommitAsync(publication, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        await observers.AfterCommitAsync(publication, CancellationToken.None);
        return true;
    }

    /// <summary>The channel ids stored with a scheduled post.</summary>
    public static IReadOnlyList<long> ParseChannels(string? stored) =>
        string.IsNullOrEmpty(stored)
            ? []
            : stored.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => long.Parse(s, CultureInfo.InvariantCulture)).ToList();

    public static string? FormatChannels(IReadOnlyList<long>? ids) =>
        ids is null || ids.Count == 0 ? null : string.Join(',', ids.Distinct().Select(i => i.ToString(CultureInfo.InvariantCulture)));
}
