namespace TuyenGiao.Modules.Features.Organization.Domain;

/// <summary>A unit's identity, which never changes; what it is called and where it stands live in its versions.</summary>
internal sealed class OrgUnit
{
    public int Id { get; set; }

    /// <summary>Optional code of the unit (unique), used by imports to point at parents.</summary>
    public string? Code { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<OrgUnitVersion> Versions { get; set; } = [];
}
