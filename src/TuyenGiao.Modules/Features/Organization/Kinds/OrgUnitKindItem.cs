using TuyenGiao.Modules.Features.Organization.Contracts;

namespace TuyenGiao.Modules.Features.Organization.Kinds;

public sealed record OrgUnitKindItem(int Id, string Code, string Name, string? NameEn, OrgLevel Level, int SortOrder, bool IsActive);
