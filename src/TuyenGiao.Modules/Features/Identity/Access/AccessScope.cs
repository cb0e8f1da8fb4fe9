using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Identity.Data;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Identity.Access;

/// <summary>
/// Role assignments of the current person, loaded once per request (or per 30 s in a
/// back-office circuit), checked against a unit's path: one indexed lookup per unit.
/// </summary>
internal sealed class AccessScope(AppDbContext db, CurrentUserAccessor currentUser, IOrgHierarchy hierarchy, TimeProvider time) : IAccessScope
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private List<(AppRole Role, int? UnitId)>? assignments;
    private DateTimeOffset loadedAt;
    private string? userId;

    public string? UserId => userId ?? currentUser.Known?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string? UserName => currentUser.Known?.Identity?.Name;

    public async Task<bool> CanAsync(Permission permission, int unitId, CancellationToken ct = default)
    {
        var granting = (await AssignmentsAsync(ct)).Where(a => RolePermissions.Grants(a.Role, permission)).ToList();
        if (granting.Count == 0)
        {
            return false;
        }

        if (granting.Any(a => a.UnitId is null))
        {
            return await hierarchy.GetLatestAsync(unitId, ct) is not null;
        }

        var unit = await hierarchy.GetLatestAsync(unitId, ct);
        return unit is not null && granting.Any(a => unit.IsWithin(a.UnitId!.Value));
    }

    public async Task EnsureAsync(Permission permission, int unitId, CancellationToken ct = default)
    {
        if (await CanAsync(permission, unitId, ct))
        {
            return;
        }

        if (permission != Permission.ViewUnits && await CanAsync(Permission.ViewUnits, unitId, ct))
        {
            throw AppProblemException.Forbidden();
        }

        throw AppProblemException.NotFound();
    }

    public async Task<IReadOnlyList<int>?> RootsAsync(Permission permission, CancellationToken ct = default)
    {
        var granting = (await AssignmentsAsync(ct)).Where(a => RolePermissions.Grants(a.Role, permission)).ToList();
        if (granting.Any(a => a.UnitId is null))
        {
            return null;
        }

        return granting.Select(a => a.UnitId!.Value).Distinct().ToList();
    }

    private async Task<List<(AppRole Role, int? UnitId)>> AssignmentsAsync(CancellationToken ct)
    {
        if (assignments is not null && time.GetUtcNow() - loadedAt < CacheFor)
        {
            return assignments;
        }

        var user = await currentUser.GetAsync();
        userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            assignments = [];
        }
        else
        {
            var id = userId;
            var rows = await db.Set<RoleAssignment>().AsNoTracking()
                .Where(a => a.UserId == id)
                .Select(a => new { a.Role, a.UnitId })
                .ToListAsync(ct);
            var disabled = await db.Users.AsNoTracking().Where(u => u.Id == id).Select(u => u.IsDisabled).FirstOrDefaultAsync(ct);
            assignments = disabled ? [] : rows.Select(r => (r.Role, r.UnitId)).ToList();
        }

        loadedAt = time.GetUtcNow();
        return assignments;
    }
}
