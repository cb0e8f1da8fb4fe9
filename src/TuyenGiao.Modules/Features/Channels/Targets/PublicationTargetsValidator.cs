using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Domain;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Channels.Targets;

/// <summary>
/// The newsroom asks, when a publication is scheduled, whether the chosen channels are fine: each
/// exists, belongs to the post's unit or — for someone who may edit content there — a unit below it,
/// is not switched off, and takes automatic posts. The same rules the outbox applies when the
/// publication happens (ChannelOutboxObserver), so a schedule that was accepted is not refused later
/// unless something changed meanwhile.
/// </summary>
internal sealed class PublicationTargetsValidator(AppDbContext db, IOrgHierarchy hierarchy, IAccessScope access) : IPublicationTargetsValidator
{
    public async Task ValidateAsync(int postUnitId, IReadOnlyList<long> channelIds, CancellationToken ct = default)
    {
        var ids = channelIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var channels = await db.Set<Channel>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var errors = new List<FieldError>();
        var callerPresent = access.UserId is not null;
        foreach (var id in ids)
        {
            var channel = channels.FirstOrDefault(c => c.Id == id);
            if (channel is null)
            {
                errors.Add(new FieldError("channelIds", Messages.Get("ChannelsTargetUnknown", id)));
                continue;
            }

            if (channel.UnitId != postUnitId)
            {
                var below = await hierarchy.IsWithinAsync(channel.UnitId, postUnitId, null, ct);
                var allowed = below && (!callerPresent || await access.CanAsync(Permission.EditContent, channel.UnitId, ct));
                if (!allowed)
                {
                    errors.Add(new FieldError("channelIds", Messages.Get("ChannelsTargetOutsideUnit", channel.Name)));
                    continue;
                }
            }

            if (channel.Status == ChannelStatus.Inactive)
            {
                errors.Add(new FieldError("channelIds", Messages.Get("ChannelsTargetInactive", channel.Name)));
            }
            else if (channel.Kind is ChannelKind.ZaloGroup or ChannelKind.Website)
            {
                errors.Add(new FieldError("channelIds", Messages.Get("ChannelsTargetNotPostable", channel.Name)));
            }
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }
    }
}
