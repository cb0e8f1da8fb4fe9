using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Planning.Domain;
using TuyenGiao.Modules.Features.Planning.MediaPartners;

namespace TuyenGiao.Modules.Features.Planning.Pages;

/// <summary>The media-partner form's state.</summary>
internal sealed class MediaPartnerForm
{
    public int? Id { get; set; }

    public OrgUnitMatch? Unit { get; set; }

    public string? Name { get; set; }

    public MediaPartnerKind Kind { get; set; } = MediaPartnerKind.Newspaper;

    public string? ContactName { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public string? Notes { get; set; }

    public static MediaPartnerForm From(MediaPartnerItem p) => new()
    {
        Id = p.Id,
        Unit = new OrgUnitMatch(p.UnitId, p.UnitName ?? string.Empty, string.Empty, null, null),
        Name = p.Name,
        Kind = p.Kind,
        ContactName = p.ContactName,
        Phone = p.Phone,
        Email = p.Email,
        Website = p.Website,
        Notes = p.Notes,
    };

    public SaveMediaPartnerRequest ToRequest() => new(Unit?.Id, Name, Kind.ToString(), ContactName, Phone, Email, Website, Notes);
}
