namespace TuyenGiao.Modules.Features.Planning.Domain;

/// <summary>Delivery of a commissioned piece; Planned and InProgress past the due date are overdue.</summary>
public enum PieceStatus
{
    Planned = 1,
    InProgress = 2,
    Published = 3,
    Cancelled = 4,
}
