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
/// The rules for the channels a publication goes to: each exists, belongs to the post's unit or —
/// for someone who may edit content there — a unit below it, is not switched off, and takes
/// automatic posts. The newsroom asks when a publication is scheduled (<see cref="ValidateAsync"/>);
/// the outbox applies the same check when the publication happens (<see cref="CheckAsync"/>), so a
/// schedule that was accepted is not refused later unless something changed meanwhile.
/// </summary>
internal sealed class PublicationTargetsValidator(AppDbContext db, IOrgHierarchy hierarchy, IAccessScope access) : IPublicationTargetsValidator
{
    public async Task ValidateAsync(int postUnitId, IReadOnlyList<long> channelIds, CancellationToken ct = default) =>
        await CheckAsync(postUnitId, channelIds, ct);

    /// <summary>The chosen channels, read once; a Vietnamese problem listing every bad choice otherwise.</summary>
    public async Task<List<Channel>> CheckAsync(int postUnitId, IReadOnlyList<long> channelIds, CancellationToken ct = default)
    {
        var ids = channelIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var channels = await db.Set<Channel>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var errors = new List<FieldError>();
        var callerPresent = access.UserId is not null;

        // Sharing down to many units (a fan-out to every grassroots union): the post unit's subtree is
        // read once instead of one lookup per channel, and a caller who may edit everywhere is not
        // asked about each unit; answers are kept per unit.
        var unitsBelow = channels.Where(c => c.UnitId != postUnitId).Select(c => c.UnitId).Distinct().Count();
        var subtree = unitsBelow > 8
            ? (await hierarchy.GetSubtreeAsync(postUnitId, null, ct)).Select(u => u.Id).ToHashSet()
            : null;
        var editsEverywhere = callerPresent && unitsBelow > 0 && await access.RootsAsync(Permission.EditContent, ct) is null;
        var allowedUnits = new Dictionary<int, bool>();
        var channelsById = channels.ToDictionary(c => c.Id);
        foreach (var id in ids)
        {
            var channel = channelsById.GetValueOrDefault(id);
            if (channel is null)
            {
                errors.Add(new FieldError("channelIds", Messages.Get("ChannelsTargetUnknown", id)));
                continue;
            }

            if (channel.UnitId != postUnitId)
            {
                if (!allowedUnits.TryGetValue(channel.UnitId, out var allowed))
                {
                    var below = subtree?.Contains(channel.UnitId) ?? await hierarchy.IsWithinAsync(channel.UnitId, postUnitId, null, ct);
                    allowed = below && (!callerPresent || editsEverywhere || await access.CanAsync(Permission.EditContent, channel.UnitId, ct));
                    allowedUnits[channel.UnitId] = allowed;
                }

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

        return errors.Count > 0 ? throw AppProblemException.Invalid(errors) : channels;
    }
}
