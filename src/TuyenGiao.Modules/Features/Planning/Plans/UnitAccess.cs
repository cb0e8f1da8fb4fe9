using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Planning.Plans;

/// <summary>
/// Which unit-owned records (plans, media partners, congress terms) the caller sees: those of the
/// units inside their <see cref="Permission.ViewUnits"/> subtrees, optionally narrowed to one
/// subtree (<c>under</c>). Unit positions are read once per request and kept.
/// </summary>
internal sealed class UnitAccess(IAccessScope access, IOrgHierarchy hierarchy)
{
    private readonly Dictionary<int, OrgUnitSnapshot?> snapshots = [];

    public IAccessScope Scope => access;

    public async Task<OrgUnitSnapshot?> SnapshotAsync(int unitId, CancellationToken ct)
    {
        if (!snapshots.TryGetValue(unitId, out var snapshot))
        {
            snapshot = await hierarchy.GetLatestAsync(unitId, ct);
            snapshots[unitId] = snapshot;
        }

        return snapshot;
    }

    /// <summary>
    /// A test for unit ids: inside the caller's view and, when <paramref name="under"/> is given,
    /// inside that unit's subtree (404 when the caller does not see that unit).
    /// </summary>
    public async Task<Func<int, Task<bool>>> FilterAsync(int? under, CancellationToken ct)
    {
        if (under is { } u)
        {
            await access.EnsureAsync(Permission.ViewUnits, u, ct);
        }

        var roots = await access.RootsAsync(Permission.ViewUnits, ct);
        return async unitId =>
        {
            if (roots is null && under is null)
            {
                return true;
            }

            var unit = await SnapshotAsync(unitId, ct);
            return unit is not null
                && (roots is null || roots.Any(unit.IsWithin))
                && (under is not { } top || unit.IsWithin(top));
        };
    }

    /// <summary>404 unless the caller sees the unit (the record then looks as if it did not exist).</summary>
    public async Task EnsureVisibleAsync(int unitId, CancellationToken ct)
    {
        if (!await access.CanAsync(Permission.ViewUnits, unitId, ct))
        {
            throw AppProblemException.NotFound();
        }
    }

    public Task EnsureAsync(Permission permission, int unitId, CancellationToken ct) => access.EnsureAsync(permission, unitId, ct);

    public Task<bool> CanAsync(Permission permission, int unitId, CancellationToken ct) => access.CanAsync(permission, unitId, ct);

    /// <summary>Units the caller holds <paramref name="permission"/> over whose name matches (tones and đ optional), for the unit pickers.</summary>
    public async Task<IReadOnlyList<OrgUnitMatch>> SearchAsync(string? text, Permission permission, CancellationToken ct)
    {
        var roots = await access.RootsAsync(permission, ct);
        return roots is { Count: 0 } ? [] : await hierarchy.SearchAsync(text, roots, 20, ct);
    }

    public async Task<string?> NameAsync(int unitId, CancellationToken ct) => (await SnapshotAsync(unitId, ct))?.Name;
}
