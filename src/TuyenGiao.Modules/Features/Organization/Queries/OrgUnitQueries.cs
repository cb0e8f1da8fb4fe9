using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Organization.Domain;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Organization.Queries;

/// <summary>Lists and details of units on a date, limited to the subtrees the caller may see.</summary>
public sealed class OrgUnitQueries
{
    private readonly AppDbContext db;
    private readonly TimeProvider time;
    private readonly IOrgHierarchy hierarchy;

    public OrgUnitQueries(AppDbContext db, TimeProvider time, IOrgHierarchy hierarchy)
    {
        this.db = db;
        this.time = time;
        this.hierarchy = hierarchy;
    }

    /// <param name="scopeRoots">Units whose subtrees the caller sees; null for everything.</param>
    public async Task<PagedResult<OrgUnitItem>> ListAsync(OrgUnitListQuery query, IReadOnlyList<int>? scopeRoots, CancellationToken ct = default)
    {
        var date = query.AsOf ?? VietnamTime.Today(time);
        var page = query.Page ?? new PageQuery(1, 50);
        var versions = ValidOn(date);

        if (scopeRoots is not null)
        {
            var prefixes = await PathsOfAsync(scopeRoots, date, ct);
            if (prefixes.Count == 0)
            {
                return new PagedResult<OrgUnitItem>([], 0);
            }

            versions = versions.Where(AnyPrefix(prefixes));
        }

        if (query.Under is { } under)
        {
            var prefix = (await PathsOfAsync([under], date, ct)).FirstOrDefault();
            if (prefix is null)
            {
                return new PagedResult<OrgUnitItem>([], 0);
            }

            versions = versions.UnderPath(prefix);
        }

        if (query.ParentId is { } parentId)
        {
            versions = versions.Where(v => v.ParentId == parentId);
        }

        if (!string.IsNullOrWhiteSpace(query.Kind))
        {
            var kind = query.Kind.Trim();
            versions = versions.Where(v => v.Kind!.Code == kind);
        }

        if (query.Level is { } level)
        {
            versions = versions.Where(v => v.Kind!.Level == level);
        }

        var folded = VietnameseText.Fold(query.Q);
        if (folded.Length > 0)
        {
            versions = versions.Where(v => v.SearchText.Contains(folded));
        }

        var total = await versions.CountAsync(ct);
        var items = await Project(versions.OrderBy(v => v.Depth).ThenBy(v => v.SearchText).ThenBy(v => v.UnitId), date)
            .Skip(page.Skip).Take(page.PageSize)
            .ToListAsync(ct);
        return new PagedResult<OrgUnitItem>(items, total);
    }

    /// <summary>The unit on the date, or null when it did not exist then.</summary>
    public async Task<OrgUnitDetail?> GetAsync(int id, DateOnly? asOf, CancellationToken ct = default)
    {
        var date = asOf ?? VietnamTime.Today(time);
        var item = await Project(ValidOn(date).Where(v => v.UnitId == id), date).FirstOrDefaultAsync(ct);
        if (item is null)
        {
            return null;
        }

        var snapshot = await hierarchy.GetAsync(id, date, ct);
        var ancestorIds = OrgPath.Ids(snapshot!.Path).Where(x => x != id).ToList();
        var ancestors = await ValidOn(date).Where(v => ancestorIds.Contains(v.UnitId))
            .Select(v => new OrgUnitRef(v.UnitId, v.Name, v.Kind!.Code)).ToListAsync(ct);
        ancestors = ancestors.OrderBy(a => ancestorIds.IndexOf(a.Id)).ToList();

        var history = await HistoryAsync(id, ct);
        var predecessors = await db.Set<OrgSuccession>().AsNoTracking().Where(s => s.SuccessorId == id)
            .Select(s => new { s.PredecessorId, s.EffectiveDate }).ToListAsync(ct);
        var successors = await db.Set<OrgSuccession>().AsNoTracking().Where(s => s.PredecessorId == id)
            .Select(s => new { s.SuccessorId, s.EffectiveDate }).ToListAsync(ct);
        var related = predecessors.Select(p => p.PredecessorId).Concat(successors.Select(s => s.SuccessorId)).Distinct().ToList();
        var names = await LastNamesAsync(related, ct);

        return new OrgUnitDetail(
            item,
            date,
            ancestors,
            history,
            predecessors.Select(p => new OrgSuccessionItem(p.PredecessorId, names.GetValueOrDefault(p.PredecessorId).Name ?? "?", names.GetValueOrDefault(p.PredecessorId).Kind ?? string.Empty, p.EffectiveDate)).ToList(),
            successors.Select(s => new OrgSuccessionItem(s.SuccessorId, names.GetValueOrDefault(s.SuccessorId).Name ?? "?", names.GetValueOrDefault(s.SuccessorId).Kind ?? string.Empty, s.EffectiveDate)).ToList());
    }

    /// <summary>Every version of the unit, oldest first (zero-length versions left out).</summary>
    public async Task<IReadOnlyList<OrgUnitHistoryEntry>> HistoryAsync(int id, CancellationToken ct = default)
    {
        var rows = await db.Set<OrgUnitVersion>().AsNoTracking()
            .Where(v => v.UnitId == id && v.ValidFrom < v.ValidTo)
            .OrderBy(v => v.ValidFrom)
            .Select(v => new
            {
                v.ValidFrom,
                v.ValidTo,
                v.Name,
                v.ShortName,
                Kind = v.Kind!.Code,
                KindName = v.Kind!.Name,
                v.ParentId,
                v.MemberCount,
                v.RestructuringId,
            })
            .ToListAsync(ct);
        var parentIds = rows.Where(r => r.ParentId.HasValue).Select(r => r.ParentId!.Value).Distinct().ToList();
        var parentNames = await db.Set<OrgUnitVersion>().AsNoTracking()
            .Where(v => parentIds.Contains(v.UnitId) && v.ValidFrom < v.ValidTo)
            .Select(v => new { v.UnitId, v.ValidFrom, v.ValidTo, v.Name })
            .ToListAsync(ct);
        var restructuringIds = rows.Where(r => r.RestructuringId.HasValue).Select(r => r.RestructuringId!.Value).Distinct().ToList();
        var summaries = await db.Set<OrgRestructuring>().AsNoTracking()
            .Where(r => restructuringIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => r.Summary, ct);

        return rows.Select(r => new OrgUnitHistoryEntry(
            r.ValidFrom,
            r.ValidTo == OrgUnitVersion.OpenEnd ? null : r.ValidTo,
            r.Name,
            r.ShortName,
            r.Kind,
            r.KindName,
            r.ParentId,
            r.ParentId is { } pid ? parentNames.FirstOrDefault(p => p.UnitId == pid && p.ValidFrom <= r.ValidFrom && p.ValidTo > r.ValidFrom)?.Name
                ?? parentNames.LastOrDefault(p => p.UnitId == pid)?.Name : null,
            r.MemberCount,
            r.RestructuringId is { } rid ? summaries.GetValueOrDefault(rid) : null)).ToList();
    }

    private IQueryable<OrgUnitVersion> ValidOn(DateOnly date) =>
        db.Set<OrgUnitVersion>().AsNoTracking().Where(v => v.ValidTo > date && v.ValidFrom <= date);

    private IQueryable<OrgUnitItem> Project(IQueryable<OrgUnitVersion> versions, DateOnly date)
    {
        var all = db.Set<OrgUnitVersion>().AsNoTracking();
        return versions.Select(v => new OrgUnitItem(
            v.UnitId,
            v.Unit!.Code,
            v.Name,
            v.ShortName,
            v.Kind!.Code,
            v.Kind!.Name,
            v.Kind!.Level,
            v.ParentId,
            all.Where(p => p.UnitId == v.ParentId && p.ValidTo > date && p.ValidFrom <= date).Select(p => p.Name).FirstOrDefault(),
            v.Depth,
            v.MemberCount,
            all.Count(c => c.ParentId == v.UnitId && c.ValidTo > date && c.ValidFrom <= date),
            v.Phone,
            v.Email,
            v.Address,
            v.ValidFrom,
            v.ValidTo == OrgUnitVersion.OpenEnd ? null : v.ValidTo));
    }

    private async Task<List<string>> PathsOfAsync(IReadOnlyList<int> unitIds, DateOnly date, CancellationToken ct)
    {
        var paths = new List<string>();
        foreach (var id in unitIds)
        {
            var path = await ValidOn(date).Where(v => v.UnitId == id).Select(v => v.Path).FirstOrDefaultAsync(ct);
            if (path is not null)
            {
                paths.Add(path);
            }
        }

        return paths;
    }

    private async Task<Dictionary<int, (string? Name, string? Kind)>> LastNamesAsync(List<int> ids, CancellationToken ct)
    {
        var rows = await db.Set<OrgUnitVersion>().AsNoTracking()
            .Where(v => ids.Contains(v.UnitId) && v.ValidFrom < v.ValidTo)
            .Select(v => new { v.UnitId, v.ValidFrom, v.Name, Kind = v.Kind!.Code })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.UnitId)
            .ToDictionary(g => g.Key, g => { var last = g.OrderBy(r => r.ValidFrom).Last(); return ((string?)last.Name, (string?)last.Kind); });
    }

    private static Expression<Func<OrgUnitVersion, bool>> AnyPrefix(IReadOnlyList<string> prefixes)
    {
        var v = Expression.Parameter(typeof(OrgUnitVersion), "v");
        var path = Expression.Property(v, nameof(OrgUnitVersion.Path));
        var compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
        var zero = Expression.Constant(0);
        Expression? body = null;
        foreach (var prefix in prefixes)
        {
            var end = OrgPathQueries.RangeEnd(prefix);
            Expression<Func<string>> from = () => prefix;
            Expression<Func<string>> to = () => end;
            var inRange = Expression.AndAlso(
                Expression.GreaterThanOrEqual(Expression.Call(compare, path, from.Body), zero),
                Expression.LessThan(Expression.Call(compare, path, to.Body), zero));
            body = body is null ? inRange : Expression.OrElse(body, inRange);
        }

        return Expression.Lambda<Func<OrgUnitVersion, bool>>(body!, v);
    }
}
