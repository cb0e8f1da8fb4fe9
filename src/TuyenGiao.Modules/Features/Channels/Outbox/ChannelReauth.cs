using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Domain;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Notifications.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Channels.Outbox;

/// <summary>
/// What happens when a platform refuses a channel's token, wherever it was noticed (the outbox
/// sending a post, the engagement import reading figures): the channel is flipped to needsReauth by
/// one conditional update, and the caller whose update flipped it tells the unit, once. Several
/// deliveries of the same channel (or a delivery and an import) failing together notify once.
/// </summary>
internal static class ChannelReauth
{
    /// <summary>
    /// Flips an active channel to needsReauth and adds the unit's notice when this call flipped it
    /// (a channel someone switched off meanwhile stays off; one already flipped is not told twice). The notice is added to <paramref name="db"/>: the caller saves it (in its
    /// transaction, with its own changes). Returns whether this call flipped the channel.
    /// </summary>
    public static async Task<bool> FlipAsync(AppDbContext db, INotifier notifier, Channel channel, DateTime now, CancellationToken ct)
    {
        var flipped = await db.Set<Channel>()
            .Where(c => c.Id == channel.Id && c.Status == ChannelStatus.Active)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ChannelStatus.NeedsReauth).SetProperty(c => c.UpdatedAt, now), ct);
        if (flipped != 1)
        {
            return false;
        }

        await notifier.NotifyUnitAsync(
            channel.UnitId,
            new Notice(
                "channels.reauth",
                Messages.Get("ChannelsReauthNoticeTitle", channel.Name),
                Messages.Get("ChannelsReauthNoticeBody", channel.Name),
                "/quan-tri/kenh-truyen-thong?unitId=" + channel.UnitId.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"channels.reauth:{channel.Id}:{now:yyyyMMddHHmm}"),
                Permission.ApproveContent),
            ct);
        return true;
    }
}
