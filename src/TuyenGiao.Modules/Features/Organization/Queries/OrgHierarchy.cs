using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Organization.Domain;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Organization.Queries;

internal sealed class OrgHierarchy(AppDbContext db, TimeProvider time) : IOrgHierarchy
{
    public async Task<OrgUnitSnapshot?> GetAsync(int unitId, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var date = asOf ?? VietnamTime.Today(time);
        var v = await db.Set<OrgUnitVersion>().AsNoTracking().Include(x => x.Kind).Include(x => x.Unit)
            .Where(x => x.UnitId == unitId && x.ValidTo > date && x.ValidFrom <= date)
            .FirstOrDefaultAsync(ct);
        return v is null ? null : OrgSnapshots.From(v);
    }

    public async Task<OrgUnitSnapshot?> GetLatestAsync(int unitId, CancellationToken ct = default)
    {
        var today = VietnamTime.Today(time);
        var versions = await db.Set<OrgUnitVersion>().AsNoTracking().Include(x => x.Kind).Include(x => x.Unit)
            .Where(x => x.UnitId == unitId && x.ValidFrom < x.ValidTo)
            .OrderBy(x => x.ValidFrom)
            .ToListAsync(ct);
        var pick = versions.FirstOrDefault(x => x.ValidFrom <= today && x.ValidTo > today)
            ?? versions.LastOrDefault(x => x.ValidFrom <= today)
            ?? versions.FirstOrDefault();
        return pick is null ? null : OrgSnapshots.From(pick);
    }

    public async Task<bool> IsWithinAsync(int unitId, int ancestorId, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var date = asOf ?? VietnamTime.Today(time);
        var path = await db.Set<OrgUnitVersion>().AsNoTracking()
            .Where(x => x.UnitId == unitId && x.ValidTo > date && x.ValidFrom <= date)
            .Select(x => x.Path)
            .FirstOrDefaultAsync(ct);
        return path is not null && OrgPath.Contains(path, ancestorId);
    }

    public async Task<IReadOnlyList<OrgUnitMatch>> SearchAsync(string? text, IReadOnlyList<int>? roots, int max = 20, CancellationToken ct = default)
    {
        var page = PageQuery.From(1, Math.Clamp(max, 1, PageQuery.MaxPageSize));
        var found = await new OrgUnitQueries(db, time, this).ListAsync(new OrgUnitListQuery(Q: text, Page: page), roots, ct);
        return found.Items.Select(u => new OrgUnitMatch(u.Id, u.Name, u.Kind, u.ParentId, u.ParentName)).ToList();
    }

    public async Task<IReadOnlyList<OrgUnitSnapshot>> GetSubtreeAsync(int unitId, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var date = asOf ?? VietnamTime.Today(time);
        var path = await db.Set<OrgUnitVersion>().AsNoTracking()
            .Where(x => x.UnitId == unitId && x.ValidTo > date && x.ValidFrom <= date)
            .Select(x => x.Path)
            .FirstOrDefaultAsync(ct);
        if (path is null)
        {
            return [];
        }

        var versions = await db.Set<OrgUnitVersion>().AsNoTracking().Include(x => x.Kind).Include(x => x.Unit)
            .UnderPath(path)
            .Where(x => x.ValidTo > date && x.ValidFrom <= date)
            .ToListAsync(ct);
        return versions.OrderBy(x => x.Path, StringComparer.Ordinal).Select(OrgSnapshots.From).ToList();
    }

    public async Task<IReadOnlyList<OrgUnitSnapshot>> GetRootsAsync(DateOnly? asOf = null, CancellationToken ct = default)
    {
        var date = asOf ?? VietnamTime.Today(time);
        var roots = await db.Set<OrgUnitVersion>().AsNoTracking().Include(x => x.Kind).Include(x => x.Unit)
            .Where(x => x.ParentId == null && x.ValidTo > date && x.ValidFrom <= date)
            .OrderBy(x => x.Name)
            .ToListAsync(ct);
        return roots.Select(OrgSnapshots.From).ToList();
    }
}
