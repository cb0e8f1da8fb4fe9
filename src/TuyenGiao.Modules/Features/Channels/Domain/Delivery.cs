using TuyenGiao.Modules.Features.Channels.Contracts;

namespace TuyenGiao.Modules.Features.Channels.Domain;

/// <summary>
/// The outbox row: one post sent to one channel. Committed with the publication; claimed by a
/// worker with a conditional update (claim token + lease), so two workers never send it twice.
/// </summary>
internal sealed class Delivery
{
    public long Id { get; set; }

    public long PostId { get; set; }

    public long ChannelId { get; set; }

    /// <summary>The post's unit (the channel may belong to a unit below it).</summary>
    public int PostUnitId { get; set; }

    public DeliveryStatus Status { get; set; }

    /// <summary>Set when a send may have reached the platform (timeout, worker died): read the platform before sending again.</summary>
    public bool ReconcileFirst { get; set; }

    public DateTime NextAttemptAt { get; set; }

    public Guid? ClaimToken { get; set; }

    public DateTime? LeaseUntil { get; set; }

    public int AttemptCount { get; set; }

    public string? RemoteId { get; set; }

    public string? LastErrorCode { get; set; }

    /// <summary>The last error in plain Vietnamese.</summary>
    public string? LastError { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? PublishedAt { get; set; }

    public string? RequestedByUserId { get; set; }
}
