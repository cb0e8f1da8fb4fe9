namespace TuyenGiao.Modules.Features.Channels.Domain;

/// <summary>One try at a delivery (or a reconciliation read) with what came of it.</summary>
internal sealed class DeliveryAttempt
{
    public long Id { get; set; }

    public long DeliveryId { get; set; }

    public DateTime StartedAt { get; set; }

    public DateTime FinishedAt { get; set; }

    /// <summary>published, retry, rateLimited, unconfirmed, reauth, failed, reconciledFound, reconciledMissing.</summary>
    public string Outcome { get; set; } = string.Empty;

    public string? ErrorCode { get; set; }

    /// <summary>Plain Vietnamese.</summary>
    public string? Error { get; set; }

    /// <summary>The platform's own message, for operators (English as the platform sent it).</summary>
    public string? Detail { get; set; }
}
