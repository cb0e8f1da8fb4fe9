namespace TuyenGiao.Modules.Features.Organization.Contracts;

/// <summary>A unit as it was on one date: what other modules read about a unit.</summary>
public sealed record OrgUnitSnapshot(
    int Id,
    string? Code,
    string Name,
    string ShortName,
    string Kind,
    string KindName,
    OrgLevel Level,
    int? ParentId,
    string Path,
    int Depth,
    int MemberCount,
    string? Phone,
    string? Email,
    string? Address,
    DateOnly ValidFrom,
    DateOnly? ValidTo)
{
    /// <summary>True when <paramref name="ancestorId"/> is this unit or one of its ancestors.</summary>
    public bool IsWithin(int ancestorId) => OrgPath.Contains(Path, ancestorId);
}
