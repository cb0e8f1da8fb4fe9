using TuyenGiao.Modules.Features.Organization.Contracts;

namespace TuyenGiao.Modules.Features.Organization.Queries;

/// <summary>A unit in a list, as of the asked date.</summary>
public sealed record OrgUnitItem(
    int Id,
    string? Code,
    string Name,
    string ShortName,
    string Kind,
    string KindName,
    OrgLevel Level,
    int? ParentId,
    string? ParentName,
    int Depth,
    int MemberCount,
    int ChildCount,
    string? Phone,
    string? Email,
    string? Address,
    DateOnly ValidFrom,
    DateOnly? ValidTo);
