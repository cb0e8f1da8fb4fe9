namespace TuyenGiao.Modules.Features.Organization.Queries;

/// <summary>A unit on a date with where it stands, its history and its successions.</summary>
public sealed record OrgUnitDetail(
    OrgUnitItem Unit,
    DateOnly AsOf,
    IReadOnlyList<OrgUnitRef> Ancestors,
    IReadOnlyList<OrgUnitHistoryEntry> History,
    IReadOnlyList<OrgSuccessionItem> Predecessors,
    IReadOnlyList<OrgSuccessionItem> Successors);

public sealed record OrgUnitRef(int Id, string Name, string Kind);

/// <summary>One version: valid on [validFrom, validTo).</summary>
public sealed record OrgUnitHistoryEntry(
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string Name,
    string ShortName,
    string Kind,
    string KindName,
    int? ParentId,
    string? ParentName,
    int MemberCount,
    string? Change);

public sealed record OrgSuccessionItem(int UnitId, string Name, string Kind, DateOnly EffectiveDate);
