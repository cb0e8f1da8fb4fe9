using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Newsroom.Posts;

/// <summary>
/// The units posts belong to, looked up once per scope, and the caller's reach over them: a post
/// is seen by whoever may edit content in its unit's subtree (404 for everyone else).
/// </summary>
internal sealed class PostUnits(IOrgHierarchy hierarchy, IAccessScope access)
{
    private readonly Dictionary<int, OrgUnitSnapshot?> cache = [];

    public async Task<OrgUnitSnapshot?> GetAsync(int unitId, CancellationToken ct)
    {
        if (!cache.TryGetValue(unitId, out var unit))
        {
            unit = await hierarchy.GetLatestAsync(unitId, ct);
            cache[unitId] = unit;
        }

        return unit;
    }

    public async Task<string> NameAsync(int unitId, CancellationToken ct) =>
        (await GetAsync(unitId, ct))?.Name ?? unitId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// Of <paramref name="unitIds"/>, those the caller reaches with <paramref name="permission"/>
    /// and (when given) inside <paramref name="within"/>'s subtree; null when no filtering is needed.
    /// </summary>
    public async Task<List<int>?> ReachableAsync(IEnumerable<int> unitIds, Permission permission, int? within, CancellationToken ct)
    {
        var roots = await access.RootsAsync(permission, ct);
        if (roots is null && within is null)
        {
            return null;
        }

        var result = new List<int>();
        foreach (var id in unitIds.Distinct())
        {
            var unit = await GetAsync(id, ct);
            if (unit is not null && (roots is null || roots.Any(unit.IsWithin)) && (within is null || unit.IsWithin(within.Value)))
            {
                result.Add(id);
            }
        }

        return result;
    }

    /// <summary>The post's unit must be reachable with the permission: 404 when out of view, 403 when seen but not allowed.</summary>
    public Task EnsureAsync(Post post, Permission permission, CancellationToken ct) => access.EnsureAsync(permission, post.UnitId, ct);

    public static AppProblemException NotFound() => AppProblemException.NotFound();
}
