using TuyenGiao.Modules.Features.Organization.Contracts;

namespace TuyenGiao.Modules.Features.Identity.Access;

/// <summary>
/// Units as access checks see them (<see cref="IOrgHierarchy.GetLatestAsync"/>: today's position,
/// else where the unit last stood), remembered for 30 s so a list of accounts or audit entries
/// asks once per unit.
/// </summary>
public sealed class UnitDirectory(IOrgHierarchy hierarchy, TimeProvider time)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private readonly Dictionary<int, OrgUnitSnapshot?> known = [];
    private DateTimeOffset loadedAt = DateTimeOffset.MinValue;

    public async Task<OrgUnitSnapshot?> GetAsync(int unitId, CancellationToken ct = default)
    {
        if (time.GetUtcNow() - loadedAt > CacheFor)
        {
            known.Clear();
            loadedAt = time.GetUtcNow();
        }

        if (!known.TryGetValue(unitId, out var unit))
        {
            unit = await hierarchy.GetLatestAsync(unitId, ct);
            known[unitId] = unit;
        }

        return unit;
    }

    /// <summary>The units among <paramref name="unitIds"/> that lie in a subtree of one of <paramref name="roots"/>.</summary>
    public async Task<HashSet<int>> WithinAsync(IEnumerable<int> unitIds, IReadOnlyList<int> roots, CancellationToken ct = default)
    {
        var result = new HashSet<int>();
        foreach (var id in unitIds.Distinct())
        {
            var unit = await GetAsync(id, ct);
            if (unit is not null && roots.Any(unit.IsWithin))
            {
                result.Add(id);
            }
        }

        return result;
    }

    /// <summary>
    /// The deepest unit whose subtree holds every one of <paramref name="unitIds"/>: where an audit
    /// entry about them is filed. Null when one is system-wide (null), none is given, or they share no root.
    /// </summary>
    public async Task<int?> CoverAsync(IEnumerable<int?> unitIds, CancellationToken ct = default)
    {
        IReadOnlyList<int>? common = null;
        foreach (var id in unitIds.Distinct())
        {
            if (id is null)
            {
                return null;
            }

            var unit = await GetAsync(id.Value, ct);
            if (unit is null)
            {
                return null;
            }

            var path = OrgPath.Ids(unit.Path);
            common = common is null ? path : common.Zip(path).TakeWhile(p => p.First == p.Second).Select(p => p.First).ToList();
            if (common.Count == 0)
            {
                return null;
            }
        }

        return common is { Count: > 0 } ? common[^1] : null;
    }
}
