namespace TuyenGiao.Modules.Features.Channels.Contracts;

/// <summary>pending → sending → published | failed | unconfirmed | needsReauth | cancelled.</summary>
public enum DeliveryStatus
{
    Pending = 0,
    Sending = 1,
    Published = 2,
    Failed = 3,

    /// <summary>The send timed out: the platform may or may not have it; reconciled before any new send.</summary>
    Unconfirmed = 4,

    /// <summary>Kept queued until the channel is connected again.</summary>
    NeedsReauth = 5,
    Cancelled = 6,
}
