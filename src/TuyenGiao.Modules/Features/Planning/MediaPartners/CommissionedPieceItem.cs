using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.MediaPartners;

/// <summary>A commissioned piece; <see cref="Overdue"/>: the due date has passed and it is neither published nor cancelled.</summary>
public sealed record CommissionedPieceItem(
    int Id,
    int PartnerId,
    string PartnerName,
    int UnitId,
    int? PlanId,
    string? PlanTitle,
    string Title,
    DateOnly DueDate,
    PieceStatus Status,
    string? PublishedUrl,
    DateOnly? PublishedOn,
    long Cost,
    string? Notes,
    bool Overdue);
