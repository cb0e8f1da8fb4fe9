namespace TuyenGiao.Modules.Features.Channels.Adapters;

/// <summary>How a call to a platform ended, as the outbox acts on it.</summary>
internal enum SendOutcome
{
    Published,

    /// <summary>Nothing reached the platform, or it refused in a way worth trying again later.</summary>
    Retry,

    /// <summary>The platform asked to slow down: defer <see cref="SendResult.ThrottleKey"/> until <see cref="SendResult.RetryAfter"/>.</summary>
    RateLimited,

    /// <summary>The request may have reached the platform (timeout, lost answer): never blindly re-sent.</summary>
    Unconfirmed,

    /// <summary>The token is invalid or expired (after one refresh where the platform has one).</summary>
    Reauth,

    /// <summary>Refused for good (bad request, content rejected).</summary>
    Failed,
}

/// <summary>
/// One call's result. <see cref="ErrorKey"/> names a message in ChannelsMessages (plain Vietnamese);
/// <see cref="Detail"/> is the platform's own words for operators.
/// </summary>
internal sealed record SendResult(
    SendOutcome Outcome,
    string? RemoteId = null,
    string? ErrorCode = null,
    string? ErrorKey = null,
    string? Detail = null,
    TimeSpan? RetryAfter = null,
    string? ThrottleKey = null)
{
    public static SendResult Ok(string? remoteId) => new(SendOutcome.Published, remoteId);
}
