namespace TuyenGiao.Modules.Features.Planning.Domain;

/// <summary>A piece (article, report, programme) commissioned from a media partner, optionally under a plan.</summary>
internal sealed class CommissionedPiece
{
    public int Id { get; set; }

    public int PartnerId { get; set; }

    public int? PlanId { get; set; }

    public required string Title { get; set; }

    public DateOnly DueDate { get; set; }

    public PieceStatus Status { get; set; }

    public string? PublishedUrl { get; set; }

    public DateOnly? PublishedOn { get; set; }

    /// <summary>Cost in Vietnamese đồng.</summary>
    public long Cost { get; set; }

    public string? Notes { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
