using TuyenGiao.Modules.Features.Organization.Contracts;

namespace TuyenGiao.Modules.Features.Channels.Coverage;

/// <summary>The units of a subtree on a date with their level, through Organization's contract (one range query on the path).</summary>
internal sealed class SubtreeUnits(IOrgHierarchy hierarchy)
{
    public async Task<IReadOnlyList<UnitRow>> ListAsync(int rootId, DateOnly date, CancellationToken ct) =>
        (await hierarchy.GetSubtreeAsync(rootId, date, ct))
            .Select(u => new UnitRow(u.Id, u.ParentId, u.Name, (int)u.Level))
            .ToList();

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
