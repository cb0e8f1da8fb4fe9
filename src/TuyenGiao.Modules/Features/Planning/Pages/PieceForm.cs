using TuyenGiao.Modules.Features.Planning.Domain;
using TuyenGiao.Modules.Features.Planning.MediaPartners;

namespace TuyenGiao.Modules.Features.Planning.Pages;

/// <summary>The commissioned-piece form's state; <see cref="PlanKey"/> 0 stands for "no plan".</summary>
internal sealed class PieceForm
{
    public int? Id { get; set; }

    public string? Title { get; set; }

    public int PlanKey { get; set; }

    public DateTime? DueDate { get; set; }

    public PieceStatus Status { get; set; } = PieceStatus.Planned;

    public string? PublishedUrl { get; set; }

    public DateTime? PublishedOn { get; set; }

    public long? Cost { get; set; }

    public string? Notes { get; set; }

    public static PieceForm From(CommissionedPieceItem p) => new()
    {
        Id = p.Id,
        Title = p.Title,
        PlanKey = p.PlanId ?? 0,
        DueDate = PlanForm.ToDateTime(p.DueDate),
        Status = p.Status,
        PublishedUrl = p.PublishedUrl,
        PublishedOn = PlanForm.ToDateTime(p.PublishedOn),
        Cost = p.Cost,
        Notes = p.Notes,
    };

    public SavePieceRequest ToRequest() => new(Title, PlanKey == 0 ? null : PlanKey, PlanForm.ToDate(DueDate), Status.ToString(), PublishedUrl, PlanForm.ToDate(PublishedOn), Cost, Notes);
}
