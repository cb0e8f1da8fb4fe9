namespace TuyenGiao.Modules.Features.Notifications.Domain;

/// <summary>A notice in one person's inbox.</summary>
internal sealed class Notification
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public int? UnitId { get; set; }

    public required string Kind { get; set; }

    public required string Title { get; set; }

    public string? Body { get; set; }

    public string? Link { get; set; }

    /// <summary>Repeats of the same notice (a handler run twice) are skipped for a recipient who has it.</summary>
    public string? DedupKey { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? ReadAt { get; set; }
}
