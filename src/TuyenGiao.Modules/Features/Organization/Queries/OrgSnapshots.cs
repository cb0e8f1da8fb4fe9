using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Organization.Domain;

namespace TuyenGiao.Modules.Features.Organization.Queries;

internal static class OrgSnapshots
{
    public static OrgUnitSnapshot From(OrgUnitVersion v) => new(
        v.UnitId,
        v.Unit?.Code,
        v.Name,
        v.ShortName,
        v.Kind?.Code ?? string.Empty,
        v.Kind?.Name ?? string.Empty,
        v.Kind?.Level ?? OrgLevel.GrassrootsUnion,
        v.ParentId,
        v.Path,
        v.Depth,
        v.MemberCount,
        v.Phone,
        v.Email,
        v.Address,
        v.ValidFrom,
        v.ValidTo == OrgUnitVersion.OpenEnd ? null : v.ValidTo);
}
