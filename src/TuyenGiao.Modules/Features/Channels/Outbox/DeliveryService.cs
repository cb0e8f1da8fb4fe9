using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Domain;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Channels.Outbox;

/// <summary>What operators see and do with deliveries: the list per post, retry and cancel.</summary>
internal sealed class DeliveryService(AppDbContext db, IAccessScope access, Coverage.SubtreeUnits subtree, IPostContent posts, DeliverySignal signal, IAuditLog audit, TimeProvider time)
{
    public async Task<IReadOnlyList<DeliveryItem>> ForPostAsync(long postId, CancellationToken ct)
    {
        var post = await posts.GetAsync(postId, ct) ?? throw AppProblemException.NotFound();
        await access.EnsureAsync(Permission.ViewUnits, post.UnitId, ct);
        var rows = await db.Set<Delivery>().AsNoTracking().Where(d => d.PostId == postId).OrderBy(d => d.Id).ToListAsync(ct);
        return await ItemsAsync(rows, ct);
    }

    /// <summary>Deliveries of the units the caller sees, newest first, optionally by status (the back-office list).</summary>
    public async Task<PagedResult<DeliveryItem>> ListAsync(DeliveryStatus? status, int? unitId, PageQuery page, CancellationToken ct)
    {
        var query = db.Set<Delivery>().AsNoTracking();
        if (unitId is { } u)
        {
            await access.EnsureAsync(Permission.ViewUnits, u, ct);
            query = query.Where(d => d.PostUnitId == u || db.Set<Channel>().Any(c => c.Id == d.ChannelId && c.UnitId == u));
        }
        else if (await access.RootsAsync(Permission.ViewUnits, ct) is { } roots)
        {
            var ids = new List<int>();
            foreach (var root in roots)
            {
                ids.AddRange((await subtree.ListAsync(root, Shared.Time.VietnamTime.Today(time), ct)).Select(x => x.UnitId));
            }

            query = query.Where(d => ids.Contains(d.PostUnitId));
        }

        if (status is { } s)
        {
            query = query.Where(d => d.Status == s);
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(d => d.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        return new PagedResult<DeliveryItem>(await ItemsAsync(rows, ct), total);
    }

    public async Task<DeliveryItem> RetryAsync(long id, CancellationToken ct)
    {
        var (delivery, channel) = await LoadForChangeAsync(id, ct);
        if (delivery.Status is not (DeliveryStatus.Failed or DeliveryStatus.Unconfirmed or DeliveryStatus.NeedsReauth or DeliveryStatus.Cancelled or DeliveryStatus.Pending))
        {
            throw AppProblemException.Conflict(Messages.Get("ChannelsRetryNotAllowed"));
        }

        if (channel.Status != ChannelStatus.Active)
        {
            throw AppProblemException.Conflict(Messages.Get("ChannelsRetryChannelNotActive"));
        }

        var now = time.GetUtcNow().UtcDateTime;
        delivery.Status = delivery.ReconcileFirst && channel.Kind != ChannelKind.Email ? DeliveryStatus.Unconfirmed : DeliveryStatus.Pending;
        if (channel.Kind == ChannelKind.Email)
        {
            // An operator's explicit decision: SMTP cannot be read back.
            delivery.ReconcileFirst = false;
        }

        delivery.AttemptCount = 0;
        delivery.NextAttemptAt = now;
        delivery.UpdatedAt = now;
        audit.Record("channels.delivery.retry", "Delivery", id.ToString(System.Globalization.CultureInfo.InvariantCulture), channel.UnitId);
        await db.SaveChangesAsync(ct);
        signal.Wake();
        return (await ItemsAsync([delivery], ct))[0];
    }

    public async Task<DeliveryItem> CancelAsync(long id, CancellationToken ct)
    {
        var (delivery, channel) = await LoadForChangeAsync(id, ct);
        if (delivery.Status is DeliveryStatus.Published or DeliveryStatus.Sending)
        {
            throw AppProblemException.Conflict(Messages.Get("ChannelsCancelNotAllowed"));
        }

        var now = time.GetUtcNow().UtcDateTime;
        delivery.Status = DeliveryStatus.Cancelled;
        delivery.UpdatedAt = now;
        audit.Record("channels.delivery.cancel", "Delivery", id.ToString(System.Globalization.CultureInfo.InvariantCulture), channel.UnitId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw AppProblemException.Conflict(Messages.Get("ChannelsCancelNotAllowed"));
        }

        return (await ItemsAsync([delivery], ct))[0];
    }

    private async Task<(Delivery Delivery, Channel Channel)> LoadForChangeAsync(long id, CancellationToken ct)
    {
        var delivery = await db.Set<Delivery>().FirstOrDefaultAsync(d => d.Id == id, ct) ?? throw AppProblemException.NotFound();
        var channel = await db.Set<Channel>().FirstAsync(c => c.Id == delivery.ChannelId, ct);
        if (!await access.CanAsync(Permission.EditContent, delivery.PostUnitId, ct))
        {
            await access.EnsureAsync(Permission.EditContent, channel.UnitId, ct);
        }

        return (delivery, channel);
    }

    private async Task<IReadOnlyList<DeliveryItem>> ItemsAsync(IReadOnlyList<Delivery> rows, CancellationToken ct)
    {
        var channelIds = rows.Select(r => r.ChannelId).Distinct().ToList();
        var deliveryIds = rows.Select(r => r.Id).ToList();
        var channels = await db.Set<Channel>().AsNoTracking().Where(c => channelIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var attempts = (await db.Set<DeliveryAttempt>().AsNoTracking().Where(a => deliveryIds.Contains(a.DeliveryId)).OrderBy(a => a.Id).ToListAsync(ct))
            .GroupBy(a => a.DeliveryId).ToDictionary(g => g.Key, g => g.ToList());
        return rows.Select(d =>
        {
            var channel = channels[d.ChannelId];
            var history = attempts.GetValueOrDefault(d.Id) ?? [];
            return new DeliveryItem(
                d.Id,
                d.PostId,
                d.ChannelId,
                channel.Name,
                channel.Kind,
                channel.UnitId,
                d.Status,
                d.RemoteId,
                history.Count(a => a.Outcome is not "reconciledMissing"),
                d.LastError,
                d.LastErrorCode,
                d.NextAttemptAt,
                d.PublishedAt,
                d.UpdatedAt,
                history.Select(a => new DeliveryAttemptItem(a.StartedAt, a.FinishedAt, a.Outcome, a.ErrorCode, a.Error)).ToList());
        }).ToList();
    }
}
