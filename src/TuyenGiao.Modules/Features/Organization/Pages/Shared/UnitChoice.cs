using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Organization.Queries;

namespace TuyenGiao.Modules.Features.Organization.Pages.Shared;

/// <summary>A unit picked in a form: enough to show it and send its id.</summary>
public sealed record UnitChoice(int Id, string Name, string KindName, OrgLevel Level, string? ParentName)
{
    public static UnitChoice From(OrgUnitItem unit, KindNames kinds) =>
        new(unit.Id, unit.Name, kinds.Of(unit.Kind, unit.KindName), unit.Level, unit.ParentName);
}
