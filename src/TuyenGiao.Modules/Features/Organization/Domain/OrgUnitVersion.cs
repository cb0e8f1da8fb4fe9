namespace TuyenGiao.Modules.Features.Organization.Domain;

/// <summary>
/// One version of a unit, valid on [ValidFrom, ValidTo). The open version has ValidTo =
/// <see cref="OpenEnd"/>. A change closes the open version and adds a new one; nothing is
/// overwritten, so the tree on any past date can be asked for.
/// </summary>
internal sealed class OrgUnitVersion
{
    public static readonly DateOnly OpenEnd = new(9999, 12, 31);

    public long Id { get; set; }

    public int UnitId { get; set; }

    public OrgUnit? Unit { get; set; }

    public DateOnly ValidFrom { get; set; }

    public DateOnly ValidTo { get; set; } = OpenEnd;

    public required string Name { get; set; }

    public required string ShortName { get; set; }

    /// <summary>Name and short name folded for diacritic-insensitive search.</summary>
    public required string SearchText { get; set; }

    public int KindId { get; set; }

    public OrgUnitKind? Kind { get; set; }

    public int? ParentId { get; set; }

    /// <summary>Ids from the root to this unit, "/1/12/345/".</summary>
    public required string Path { get; set; }

    public int Depth { get; set; }

    public int MemberCount { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    /// <summary>The restructuring that opened this version (null for the first one of an imported or created unit).</summary>
    public Guid? RestructuringId { get; set; }

    public bool IsOpen => ValidTo == OpenEnd;

    public OrgUnitVersion CopyFrom(DateOnly from) => new()
    {
        UnitId = UnitId,
        ValidFrom = from,
        Name = Name,
        ShortName = ShortName,
        SearchText = SearchText,
        KindId = KindId,
        ParentId = ParentId,
        Path = Path,
        Depth = Depth,
        MemberCount = MemberCount,
        Phone = Phone,
        Email = Email,
        Address = Address,
    };
}
