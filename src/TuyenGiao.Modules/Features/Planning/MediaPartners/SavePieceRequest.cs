namespace TuyenGiao.Modules.Features.Planning.MediaPartners;

/// <summary>A commissioned piece: <c>status</c> Planned (default), InProgress, Published or Cancelled; <c>cost</c> in đồng; <c>planId</c> optional.</summary>
public sealed record SavePieceRequest(
    string? Title,
    int? PlanId,
    DateOnly? DueDate,
    string? Status,
    string? PublishedUrl,
    DateOnly? PublishedOn,
    long? Cost,
    string? Notes);
