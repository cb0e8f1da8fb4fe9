using TuyenGiao.Modules.Features.Channels.Contracts;

namespace TuyenGiao.Modules.Features.Channels.Domain;

/// <summary>
/// One of a unit's channels. Tokens are stored encrypted (Data Protection, a purpose per kind);
/// the Zalo refresh lease makes one refresher per OA at a time.
/// </summary>
internal sealed class Channel
{
    public long Id { get; set; }

    public int UnitId { get; set; }

    public ChannelKind Kind { get; set; }

    /// <summary>Page id, OA id, group link, site URL, or the list's addresses (separated by ';').</summary>
    public string ExternalId { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    /// <summary>Zalo group administrator or the list's owner: who to ask.</summary>
    public string? Administrator { get; set; }

    public ChannelStatus Status { get; set; }

    public string? AccessTokenProtected { get; set; }

    public string? RefreshTokenProtected { get; set; }

    public DateTime? AccessTokenExpiresAt { get; set; }

    /// <summary>Who holds the refresh lease (a random token) and until when.</summary>
    public Guid? RefreshLeaseToken { get; set; }

    public DateTime? RefreshLeaseUntil { get; set; }

    /// <summary>Rate-limited by the platform: no send before this time.</summary>
    public DateTime? DeferredUntil { get; set; }

    public int? Followers { get; set; }

    public DateTime? FollowersAt { get; set; }

    /// <summary>The day the channel started (coverage on a date counts channels created by then).</summary>
    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>When it stopped being active (inactive), for coverage on past dates.</summary>
    public DateTime? DeactivatedAt { get; set; }

    public string? CreatedByUserId { get; set; }
}
