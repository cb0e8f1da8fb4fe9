using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Organization.Contracts;

namespace TuyenGiao.Modules.Features.Channels.Coverage;

/// <summary>
/// The units of a subtree on a date with their level, in one range query on the materialised path.
/// IOrgHierarchy has no subtree listing yet, so this reads Organization's tables by SQL (no types
/// shared); it is the one place to switch to a contract method (e.g. IOrgHierarchy.ListSubtreeAsync)
/// when Organization offers one.
/// </summary>
internal sealed class SubtreeUnits(AppDbContext db, IOrgHierarchy hierarchy)
{
    public async Task<IReadOnlyList<UnitRow>> ListAsync(int rootId, DateOnly date, CancellationToken ct)
    {
        var root = await hierarchy.GetAsync(rootId, date, ct);
        if (root is null)
        {
            return [];
        }

        var start = root.Path;
        var end = start[..^1] + (char)(start[^1] + 1);
        return await db.Database.SqlQuery<UnitRow>($"""
            SELECT v."UnitId" AS "UnitId", v."ParentId" AS "ParentId", v."Name" AS "Name", k."Level" AS "Level"
            FROM org_unit_versions v JOIN org_unit_kinds k ON k."Id" = v."KindId"
            WHERE v."Path" >= {start} AND v."Path" < {end} AND v."ValidFrom" <= {date} AND v."ValidTo" > {date}
            """).ToListAsync(ct);
    }

    /// <summary>Names of units today (for lists), by id.</summary>
    public async Task<IReadOnlyDictionary<int, string>> NamesAsync(IReadOnlyCollection<int> unitIds, DateOnly date, CancellationToken ct)
    {
        var names = new Dictionary<int, string>();
        foreach (var id in unitIds.Distinct())
        {
            var unit = await hierarchy.GetAsync(id, date, ct) ?? await hierarchy.GetLatestAsync(id, ct);
            if (unit is not null)
            {
                names[id] = unit.ShortName.Length > 0 ? unit.ShortName : unit.Name;
            }
        }

        return names;
    }
}
