namespace TuyenGiao.Modules.Features.Planning.Domain;

/// <summary>A press outlet (cơ quan báo chí) a unit commissions coverage from: newspaper, radio-TV, online.</summary>
internal sealed class MediaPartner
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public required string Name { get; set; }

    public MediaPartnerKind Kind { get; set; }

    public string? ContactName { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public string? Notes { get; set; }

    public List<MediaAgreement> Agreements { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
