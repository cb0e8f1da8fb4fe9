using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Domain;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Channels.Outbox;

/// <summary>
/// The outbox's entry: inside the publishing transaction, checks the chosen channels (the post's
/// unit's own, or — for someone who may edit content there — those of units below it; postable
/// kinds; not switched off) and adds one delivery per channel. A bad choice throws a Vietnamese
/// problem and the publication rolls back. Withdrawing a post cancels what was not sent yet.
/// </summary>
internal sealed class ChannelOutboxObserver(AppDbContext db, IOrgHierarchy hierarchy, IAccessScope access, DeliverySignal signal, TimeProvider time) : IPostPublicationObserver
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
        var channels = await db.Set<Channel>().AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(ct);
        var errors = new List<FieldError>();
        var callerPresent = access.UserId is not null;

        // Sharing down to many units (a fan-out to every grassroots union): the post unit's subtree is
        // read once instead of one lookup per channel, and a caller who may edit everywhere is not
        // asked about each unit; answers are kept per unit.
        var unitsBelow = channels.Where(c => c.UnitId != publication.UnitId).Select(c => c.UnitId).Distinct().Count();
        var subtree = unitsBelow > 8
            ? (await hierarchy.GetSubtreeAsync(publication.UnitId, null, ct)).Select(u => u.Id).ToHashSet()
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

            if (channel.UnitId != publication.UnitId)
            {
                if (!allowedUnits.TryGetValue(channel.UnitId, out var allowed))
                {
                    var below = subtree?.Contains(channel.UnitId) ?? await hierarchy.IsWithinAsync(channel.UnitId, publication.UnitId, null, ct);
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

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

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
