using TuyenGiao.Modules.Features.Organization.Contracts;

namespace TuyenGiao.Modules.Features.Organization.Domain;

/// <summary>An entry of the editable list of unit kinds (LĐLĐ tỉnh, CĐCS, …).</summary>
internal sealed class OrgUnitKind
{
    public int Id { get; set; }

    /// <summary>Stable code used by the API and imports, e.g. "GrassrootsUnion".</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    public string? NameEn { get; set; }

    public OrgLevel Level { get; set; }

    public int SortOrder { get; set; }

    public bool IsActive { get; set; } = true;
}
