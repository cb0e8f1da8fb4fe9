using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.MediaPartners;

/// <summary>A media partner with counts of its agreements and pieces, and how many pieces are overdue.</summary>
public sealed record MediaPartnerItem(
    int Id,
    int UnitId,
    string? UnitName,
    string Name,
    MediaPartnerKind Kind,
    string? ContactName,
    string? Phone,
    string? Email,
    string? Website,
    string? Notes,
    int AgreementCount,
    int PieceCount,
    int OverduePieces,
    bool CanEdit);
