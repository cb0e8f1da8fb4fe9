using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Organization.Domain;
using TuyenGiao.Modules.Features.Organization.Queries;

namespace TuyenGiao.Modules.Features.Organization.Pages.Shared;

/// <summary>
/// Figures only the back-office screens need: members of a whole subtree (a district federation's
/// own office is small, its grassroots unions hold the members) and the overview cards.
/// Each figure is computed from the versions valid on the date, inside the caller's scope.
/// </summary>
internal sealed class OrgPageQueries(AppDbContext db)
{
    /// <summary>Members of each unit and everything below it, on the date.</summary>
    public async Task<Dictionary<int, int>> SubtreeMembersAsync(IReadOnlyCollection<int> unitIds, DateOnly date, CancellationToken ct)
    {
        var result = new Dictionary<int, int>();
        if (unitIds.Count == 0)
        {
            return result;
        }

        var ids = unitIds.ToList();
        var paths = await ValidOn(date).Where(v => ids.Contains(v.UnitId)).Select(v => new { v.UnitId, v.Path }).ToListAsync(ct);
        foreach (var p in paths)
        {
            var path = p.Path;
            result[p.UnitId] = await ValidOn(date).UnderPath(path).SumAsync(v => v.MemberCount, ct);
        }

        return result;
    }

    /// <summary>The overview of the units the caller sees (<paramref name="scopeRoots"/> null = everything).</summary>
    public async Task<OrgOverview> OverviewAsync(IReadOnlyList<int>? scopeRoots, DateOnly date, CancellationToken ct)
    {
        var versions = ValidOn(date);
        List<string>? prefixes = null;
        if (scopeRoots is not null)
        {
            var roots = scopeRoots.ToList();
            prefixes = await ValidOn(date).Where(v => roots.Contains(v.UnitId)).Select(v => v.Path).ToListAsync(ct);
            // A root inside another root's subtree would be counted twice.
            prefixes = prefixes.Where(p => !prefixes.Any(o => o != p && p.StartsWith(o, StringComparison.Ordinal))).Distinct().ToList();
        }

        var byLevel = new Dictionary<OrgLevel, int>();
        var members = 0;
        var restructuringIds = new HashSet<Guid>();
        foreach (var prefix in prefixes ?? [string.Empty])
        {
            var scoped = prefix.Length == 0 ? versions : versions.UnderPath(prefix);
            var counts = await scoped.GroupBy(v => v.Kind!.Level).Select(g => new { Level = g.Key, Count = g.Count(), Members = g.Sum(v => v.MemberCount) }).ToListAsync(ct);
            foreach (var c in counts)
            {
                byLevel[c.Level] = byLevel.GetValueOrDefault(c.Level) + c.Count;
                members += c.Members;
            }

            if (prefix.Length > 0)
            {
                // Restructurings that produced a version of a unit in view, at any time.
                var touched = db.Set<OrgUnitVersion>().AsNoTracking().UnderPath(prefix).Where(v => v.RestructuringId != null);
                foreach (var id in await touched.Select(v => v.RestructuringId!.Value).Distinct().ToListAsync(ct))
                {
                    restructuringIds.Add(id);
                }
            }
        }

        var records = db.Set<OrgRestructuring>().AsNoTracking().Where(r => r.Kind != RestructuringKind.Import);
        if (prefixes is not null)
        {
            var ids = restructuringIds.ToList();
            records = records.Where(r => ids.Contains(r.Id));
        }

        var count = await records.CountAsync(ct);
        var recent = await records.OrderByDescending(r => r.EffectiveDate).ThenByDescending(r => r.CreatedAt).Take(5)
            .Select(r => new OrgRecentChange(r.EffectiveDate, r.Summary, r.CreatedBy)).ToListAsync(ct);
        return new OrgOverview(byLevel, members, count, recent);
    }

    private IQueryable<OrgUnitVersion> ValidOn(DateOnly date) =>
        db.Set<OrgUnitVersion>().AsNoTracking().Where(v => v.ValidTo > date && v.ValidFrom <= date);
}

/// <summary>Units by level and members on a date, restructurings ever recorded, the latest few.</summary>
public sealed record OrgOverview(IReadOnlyDictionary<OrgLevel, int> UnitsByLevel, int Members, int Restructurings, IReadOnlyList<OrgRecentChange> Recent);

public sealed record OrgRecentChange(DateOnly EffectiveDate, string Summary, string? By);
