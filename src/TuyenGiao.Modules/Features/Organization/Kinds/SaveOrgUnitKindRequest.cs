using TuyenGiao.Modules.Features.Organization.Contracts;

namespace TuyenGiao.Modules.Features.Organization.Kinds;

/// <summary>Create or edit a unit kind. The code cannot change once created (imports and the API use it).</summary>
public sealed record SaveOrgUnitKindRequest(string? Code, string? Name, string? NameEn, OrgLevel? Level, int? SortOrder, bool? IsActive);
