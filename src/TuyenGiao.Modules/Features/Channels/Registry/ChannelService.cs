using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Channels.Adapters;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Coverage;
using TuyenGiao.Modules.Features.Channels.Domain;
using TuyenGiao.Modules.Features.Channels.Outbox;
using TuyenGiao.Modules.Features.Channels.Tokens;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Channels.Registry;

/// <summary>
/// The registry of every unit's channels. Registering and editing a unit's channels takes
/// ApproveContent on it; storing a pasted token takes ManageUnits (Administrators).
/// </summary>
internal sealed class ChannelService(
    AppDbContext db,
    IAccessScope access,
    TokenProtector tokens,
    SubtreeUnits subtree,
    IAuditLog audit,
    DeliverySignal signal,
    TimeProvider time)
{
    public async Task<ChannelItem> CreateAsync(CreateChannelRequest body, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (body.UnitId is null)
        {
            errors.Add(new FieldError("unitId", Messages.Get("ChannelsUnitRequired")));
        }

        if (body.Kind is null || !Enum.IsDefined(body.Kind.Value))
        {
            errors.Add(new FieldError("kind", Messages.Get("ChannelsKindRequired")));
        }

        var name = VietnameseText.CleanLine(body.Name);
        if (name.Length == 0)
        {
            errors.Add(new FieldError("name", Messages.Get("ChannelsNameRequired")));
        }
        else if (name.Length > 300)
        {
            errors.Add(new FieldError("name", Messages.Get("ChannelsNameTooLong", 300)));
        }

        var externalId = (body.ExternalId ?? string.Empty).Trim();
        if (body.Kind is { } k && ExternalIdError(k, externalId) is { } problem)
        {
            errors.Add(new FieldError("externalId", problem));
        }

        if (body.Followers is < 0)
        {
            errors.Add(new FieldError("followers", Messages.Get("ChannelsFollowersNegative")));
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        var unitId = body.UnitId!.Value;
        var kind = body.Kind!.Value;
        await access.EnsureAsync(Permission.ApproveContent, unitId, ct);
        if (!string.IsNullOrWhiteSpace(body.AccessToken))
        {
            await access.EnsureAsync(Permission.ManageUnits, unitId, ct);
        }

        if (await db.Set<Channel>().AnyAsync(c => c.UnitId == unitId && c.Kind == kind && c.ExternalId == externalId, ct))
        {
            throw AppProblemException.Conflict(Messages.Get("ChannelsDuplicate"));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var channel = new Channel
        {
            UnitId = unitId,
            Kind = kind,
            ExternalId = externalId,
            Name = name,
            Administrator = string.IsNullOrWhiteSpace(body.Administrator) ? null : VietnameseText.CleanLine(body.Administrator),
            AccessTokenProtected = NeedsToken(kind) ? tokens.Protect(kind, body.AccessToken) : null,
            Followers = body.Followers,
            FollowersAt = body.Followers is null ? null : now,
            CreatedAt = now,
            UpdatedAt = now,
            CreatedByUserId = access.UserId,
        };
        channel.Status = NeedsToken(kind) && channel.AccessTokenProtected is null ? ChannelStatus.NeedsReauth : ChannelStatus.Active;
        db.Add(channel);
        await db.SaveChangesAsync(ct);
        audit.Record("channels.create", "Channel", channel.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), unitId, $"{kind} {name}");
        await db.SaveChangesAsync(ct);
        return (await ItemsAsync([channel], ct))[0];
    }

    public async Task<ChannelItem> UpdateAsync(long id, UpdateChannelRequest body, CancellationToken ct)
    {
        var channel = await db.Set<Channel>().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw AppProblemException.NotFound();
        await access.EnsureAsync(Permission.ApproveContent, channel.UnitId, ct);
        var errors = new List<FieldError>();
        if (body.Status is { } s && !Enum.IsDefined(s))
        {
            errors.Add(new FieldError("status", Messages.Get("ChannelsStatusInvalid")));
        }

        if (body.Name is not null && VietnameseText.CleanLine(body.Name).Length is 0 or > 300)
        {
            errors.Add(new FieldError("name", Messages.Get("ChannelsNameRequired")));
        }

        if (body.Followers is < 0)
        {
            errors.Add(new FieldError("followers", Messages.Get("ChannelsFollowersNegative")));
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var reconnected = false;
        if (!string.IsNullOrWhiteSpace(body.AccessToken))
        {
            await access.EnsureAsync(Permission.ManageUnits, channel.UnitId, ct);
            if (!NeedsToken(channel.Kind))
            {
                throw AppProblemException.Invalid([new FieldError("accessToken", Messages.Get("ChannelsNoTokenForKind"))]);
            }

            channel.AccessTokenProtected = tokens.Protect(channel.Kind, body.AccessToken);
            channel.AccessTokenExpiresAt = null;
            channel.Status = ChannelStatus.Active;
            reconnected = true;
        }

        if (body.Name is not null)
        {
            channel.Name = VietnameseText.CleanLine(body.Name);
        }

        if (body.Administrator is not null)
        {
            channel.Administrator = string.IsNullOrWhiteSpace(body.Administrator) ? null : VietnameseText.CleanLine(body.Administrator);
        }

        if (body.Followers is { } f)
        {
            channel.Followers = f;
            channel.FollowersAt = now;
        }

        if (body.Status is { } status && status != channel.Status)
        {
            if (status == ChannelStatus.Active && NeedsToken(channel.Kind) && channel.AccessTokenProtected is null)
            {
                throw AppProblemException.Invalid([new FieldError("status", Messages.Get("ChannelsCannotActivateWithoutToken"))]);
            }

            channel.Status = status;
            channel.DeactivatedAt = status == ChannelStatus.Inactive ? now : null;
            reconnected |= status == ChannelStatus.Active;
        }

        channel.UpdatedAt = now;
        if (reconnected)
        {
            await ChannelReconnected.RequeueAsync(db, channel.Id, now, ct);
        }

        audit.Record("channels.update", "Channel", channel.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), channel.UnitId, channel.Status.ToString());
        await db.SaveChangesAsync(ct);
        if (reconnected)
        {
            signal.Wake();
        }

        return (await ItemsAsync([channel], ct))[0];
    }

    public async Task<ChannelItem> GetAsync(long id, CancellationToken ct)
    {
        var channel = await db.Set<Channel>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct) ?? throw AppProblemException.NotFound();
        await access.EnsureAsync(Permission.ViewUnits, channel.UnitId, ct);
        return (await ItemsAsync([channel], ct))[0];
    }

    public async Task<PagedResult<ChannelItem>> ListAsync(ChannelListQuery query, CancellationToken ct)
    {
        var today = VietnamTime.Today(time);
        var channels = db.Set<Channel>().AsNoTracking();
        if (query.UnitId is { } unitId)
        {
            await access.EnsureAsync(Permission.ViewUnits, unitId, ct);
            if (query.Subtree)
            {
                var ids = (await subtree.ListAsync(unitId, today, ct)).Select(u => u.UnitId).ToList();
                channels = channels.Where(c => ids.Contains(c.UnitId));
            }
            else
            {
                channels = channels.Where(c => c.UnitId == unitId);
            }
        }
        else if (await access.RootsAsync(Permission.ViewUnits, ct) is { } roots)
        {
            var ids = new List<int>();
            foreach (var root in roots)
            {
                ids.AddRange((await subtree.ListAsync(root, today, ct)).Select(u => u.UnitId));
            }

            channels = channels.Where(c => ids.Contains(c.UnitId));
        }

        if (query.Kind is { } kind)
        {
            channels = channels.Where(c => c.Kind == kind);
        }

        if (query.Status is { } status)
        {
            channels = channels.Where(c => c.Status == status);
        }

        var total = await channels.CountAsync(ct);
        var page = await channels.OrderBy(c => c.UnitId).ThenBy(c => c.Kind).ThenBy(c => c.Id)
            .Skip(query.Page.Skip).Take(query.Page.PageSize).ToListAsync(ct);
        return new PagedResult<ChannelItem>(await ItemsAsync(page, ct), total);
    }

    private async Task<IReadOnlyList<ChannelItem>> ItemsAsync(IReadOnlyList<Channel> channels, CancellationToken ct)
    {
        var names = await subtree.NamesAsync(channels.Select(c => c.UnitId).ToList(), VietnamTime.Today(time), ct);
        return channels.Select(c => new ChannelItem(
            c.Id,
            c.UnitId,
            names.GetValueOrDefault(c.UnitId),
            c.Kind,
            c.ExternalId,
            c.Name,
            c.Administrator,
            c.Status,
            c.AccessTokenProtected is not null,
            c.Followers,
            c.DeferredUntil,
            c.CreatedAt,
            c.UpdatedAt)).ToList();
    }

    /// <summary>Kinds posted to through an API (a token is needed).</summary>
    public static bool NeedsToken(ChannelKind kind) => kind is ChannelKind.FacebookPage or ChannelKind.ZaloOa;

    private static string? ExternalIdError(ChannelKind kind, string externalId)
    {
        if (externalId.Length == 0)
        {
            return Messages.Get("ChannelsExternalIdRequired");
        }

        if (externalId.Length > 1000)
        {
            return Messages.Get("ChannelsExternalIdTooLong");
        }

        return kind switch
        {
            ChannelKind.FacebookPage or ChannelKind.ZaloOa when !externalId.All(char.IsAsciiDigit) => Messages.Get("ChannelsExternalIdDigits"),
            ChannelKind.Email when EmailList.Parse(externalId) is not { Count: > 0 } => Messages.Get("ChannelsEmailListInvalid"),
            ChannelKind.ZaloGroup or ChannelKind.Website when !Uri.TryCreate(externalId, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) =>
                kind == ChannelKind.Website && externalId.StartsWith('/') ? null : Messages.Get("ChannelsLinkInvalid"),
            _ => null,
        };
    }
}
