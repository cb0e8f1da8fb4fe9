namespace TuyenGiao.Modules.Features.Planning.MediaPartners;

/// <summary>Filters of the commissioned-piece list.</summary>
public sealed record PieceQuery(int? Under = null, int? PartnerId = null, int? PlanId = null, bool? Overdue = null, string? Status = null);
