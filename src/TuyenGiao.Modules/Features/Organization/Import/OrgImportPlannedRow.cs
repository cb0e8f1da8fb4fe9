using TuyenGiao.Modules.Features.Organization.Domain;

namespace TuyenGiao.Modules.Features.Organization.Import;

/// <summary>A row after its cells are read and checked: what the unit will be, and where it goes.</summary>
internal sealed class OrgImportPlannedRow
{
    public required int Row { get; init; }

    public required string Code { get; init; }

    public required string Name { get; init; }

    public string? ShortName { get; init; }

    public OrgUnitKind? Kind { get; init; }

    public string? ParentCode { get; init; }

    public int MemberCount { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? Address { get; init; }

    public DateOnly Date { get; init; }

    /// <summary>The parent when it is another row of the sheet.</summary>
    public OrgImportPlannedRow? SheetParent { get; set; }

    /// <summary>The parent when it is a unit already in the system.</summary>
    public OrgImportExistingParent? ExistingParent { get; set; }
}

/// <summary>An existing unit named as a parent: its open version's facts the checks need.</summary>
internal sealed record OrgImportExistingParent(int Id, string Code, string Name, string KindName, Contracts.OrgLevel Level, DateOnly ValidFrom);
