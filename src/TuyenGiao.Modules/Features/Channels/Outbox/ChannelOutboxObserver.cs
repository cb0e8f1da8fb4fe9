using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Domain;
using TuyenGiao.Modules.Features.Channels.Targets;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Channels.Outbox;

/// <summary>
/// The outbox's entry: inside the publishing transaction, checks the chosen channels
/// (<see cref="PublicationTargetsValidator"/>) and adds one delivery per channel. A bad choice throws a Vietnamese
/// problem and the publication rolls back. Withdrawing a post cancels what was not sent yet.
/// </summary>
internal sealed class ChannelOutboxObserver(AppDbContext db, PublicationTargetsValidator targets, DeliverySignal signal, TimeProvider time) : IPostPublicationObserver
{
    public async Task BeforeCommitAsync(PostPublicationEvent publication, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (publication.Kind == PostPublicationKind.Withdrawn)
        {
            var waiting = await db.Set<Delivery>()
                .Where(d => d.PostId == publication.PostId && (d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.NeedsReauth))
                .ToListAsync(ct);
            foreach (var d in waiting)
            {
                d.Status = DeliveryStatus.Cancelled;
                d.LastError = Messages.Get("ChannelsCancelledWithdrawn");
                d.UpdatedAt = now;
            }

            return;
        }

        if (publication.Kind != PostPublicationKind.Published || publication.ChannelIds.Count == 0)
        {
            return;
        }

        var ids = publication.ChannelIds.Distinct().ToList();
        var channels = await targets.CheckAsync(publication.UnitId, ids, ct);
        var existing = await db.Set<Delivery>().Where(d => d.PostId == publication.PostId && ids.Contains(d.ChannelId)).Select(d => d.ChannelId).ToListAsync(ct);
        foreach (var channel in channels.Where(c => !existing.Contains(c.Id)))
        {
            db.Add(new Delivery
            {
                PostId = publication.PostId,
                ChannelId = channel.Id,
                PostUnitId = publication.UnitId,
                Status = DeliveryStatus.Pending,
                NextAttemptAt = now,
                CreatedAt = now,
                UpdatedAt = now,
                RequestedByUserId = publication.UserId,
            });
        }

    }

    public Task AfterCommitAsync(PostPublicationEvent publication, CancellationToken ct)
    {
        if (publication.Kind == PostPublicationKind.Published && publication.ChannelIds.Count > 0)
        {
            signal.Wake();
        }

        return Task.CompletedTask;
    }
}
