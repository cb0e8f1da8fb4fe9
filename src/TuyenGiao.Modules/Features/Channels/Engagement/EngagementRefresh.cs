using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Domain;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Channels.Engagement;

/// <summary>
/// "Đọc số liệu ngay": someone who manages the channel's unit (ApproveContent, as for the channel's
/// other settings) has one channel's figures read now instead of at the next hourly pass, and gets
/// them back. The import's per-channel path does the work, so its lease keeps two clicks or two
/// nodes from reading at once (409), a platform's "slow down" is respected (429 with the time it
/// may be read again), and a channel whose token is refused needs connecting first (409).
/// </summary>
internal sealed class EngagementRefresh(AppDbContext db, IAccessScope access, EngagementImporter importer, EngagementQueries queries, TimeProvider time)
{
    public async Task<ChannelEngagement> RefreshAsync(long channelId, CancellationToken ct)
    {
        var channel = await db.Set<Channel>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == channelId, ct) ?? throw AppProblemException.NotFound();
        await access.EnsureAsync(Permission.ApproveContent, channel.UnitId, ct);
        if (channel.Kind is not (ChannelKind.FacebookPage or ChannelKind.ZaloOa))
        {
            throw NotNow(409, Messages.Get("ChannelsRefreshNoFigures"));
        }

        switch (channel.Status)
        {
            case ChannelStatus.NeedsReauth:
                throw NotNow(409, Messages.Get("ChannelsRefreshNeedsReauth", channel.Name));
            case ChannelStatus.Inactive:
                throw NotNow(409, Messages.Get("ChannelsRefreshInactive", channel.Name));
        }

        var outcome = await importer.ReadNowAsync(channelId, ct);
        switch (outcome.Kind)
        {
            case "read":
                return await queries.ForChannelAsync(channelId, ct);
            case "busy":
                throw NotNow(409, Messages.Get("ChannelsRefreshBusy", channel.Name));
            case "reauth":
                throw NotNow(409, Messages.Get("ChannelsRefreshNeedsReauth", channel.Name));
            case "rateLimited":
                throw NotNow(429, Messages.Get("ChannelsRefreshThrottled", channel.Name, VietnamTime.Format(await QuietUntilAsync(channel, ct))));
            case "notDue":
                // Switched off or flipped between the check above and the read.
                var status = await db.Set<Channel>().Where(c => c.Id == channelId).Select(c => c.Status).FirstOrDefaultAsync(ct);
                throw NotNow(409, Messages.Get(status == ChannelStatus.NeedsReauth ? "ChannelsRefreshNeedsReauth" : "ChannelsRefreshInactive", channel.Name));
            default:
                throw NotNow(502, Messages.Get("ChannelsRefreshFailed", channel.Name));
        }
    }

    /// <summary>When the platform's "slow down" for the channel ends (a few minutes from now when it said no more).</summary>
    private async Task<DateTime> QuietUntilAsync(Channel channel, CancellationToken ct)
    {
        var keys = EngagementImporter.ThrottleKeys(channel);
        var now = time.GetUtcNow().UtcDateTime;
        var until = await db.Set<Throttle>().AsNoTracking().Where(t => keys.Contains(t.Key) && t.Until > now).MaxAsync(t => (DateTime?)t.Until, ct);
        return until ?? now.AddMinutes(10);
    }

    private static AppProblemException NotNow(int status, string detail) => new(status, Messages.Get("ChannelsRefreshNotNow"), detail);
}
