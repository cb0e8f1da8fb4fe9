using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Domain;

namespace TuyenGiao.Modules.Features.Channels.Outbox;

/// <summary>A channel got a working token again: the deliveries kept while it needed re-authorisation go back in the queue.</summary>
internal static class ChannelReconnected
{
    public static async Task RequeueAsync(AppDbContext db, long channelId, DateTime now, CancellationToken ct)
    {
        var kept = await db.Set<Delivery>().Where(d => d.ChannelId == channelId && d.Status == DeliveryStatus.NeedsReauth).ToListAsync(ct);
        foreach (var delivery in kept)
        {
            delivery.Status = DeliveryStatus.Pending;
            delivery.NextAttemptAt = now;
            delivery.UpdatedAt = now;
        }
    }
}
