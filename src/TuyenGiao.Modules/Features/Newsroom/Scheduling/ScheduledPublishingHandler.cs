using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using TuyenGiao.Modules.Features.Newsroom.Workflow;

namespace TuyenGiao.Modules.Features.Newsroom.Scheduling;

/// <summary>
/// Publishes every Scheduled post whose time has come, through the same path as a manual
/// publish. The state lives in the database (Status = Scheduled, PublishAt), so a restart loses
/// nothing; each post is claimed by a conditional UPDATE, so several workers publish it once.
/// Idempotent: running it twice publishes nothing more.
/// </summary>
internal sealed class ScheduledPublishingHandler(AppDbContext db, PostPublisher publisher, TimeProvider time, ILogger<ScheduledPublishingHandler> log)
{
    private const int Batch = 100;

    /// <summary>Returns how many posts this run published (others may have been taken by another worker).</summary>
    public async Task<int> RunDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var due = await db.Set<Post>().AsNoTracking()
            .Where(p => p.Status == PostStatus.Scheduled && p.PublishAt <= now)
            .OrderBy(p => p.PublishAt)
            .Select(p => new { p.Id, p.Version, p.ScheduledChannelIds, p.ScheduledByUserId })
            .Take(Batch)
            .ToListAsync(ct);
        var published = 0;
        foreach (var post in due)
        {
            if (await publisher.PublishAsync(post.Id, PostStatus.Scheduled, post.Version, PostPublisher.ParseChannels(post.ScheduledChannelIds), post.ScheduledByUserId, "scheduler", ct))
            {
                published++;
                log.LogInformation("Scheduled post {PostId} published", post.Id);
            }

            db.ChangeTracker.Clear();
        }

        return published;
    }
}
