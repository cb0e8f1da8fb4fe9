using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Organization.Queries;

/// <summary>Filters of the unit list. <see cref="Under"/> includes the unit itself and its whole subtree.</summary>
public sealed record OrgUnitListQuery(
    DateOnly? AsOf = null,
    int? Under = null,
    int? ParentId = null,
    string? Kind = null,
    OrgLevel? Level = null,
    string? Q = null,
    PageQuery? Page = null);
