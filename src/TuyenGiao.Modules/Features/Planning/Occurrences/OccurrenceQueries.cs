using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Planning.Domain;
using TuyenGiao.Modules.Features.Planning.Lunar;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Planning.Occurrences;

/// <summary>
/// The public calendar: the occurrences of the common observances in a year, plus, for a unit,
/// those of the unit and of the units above it.
/// </summary>
public sealed class OccurrenceQueries(AppDbContext db, IOrgHierarchy hierarchy, TimeProvider time)
{
    /// <summary>This year in Vietnam.</summary>
    public int CurrentYear => VietnamTime.Today(time).Year;

    /// <param name="year">1900–2100 (400 otherwise); null for this year.</param>
    /// <param name="unitId">Also the observances of this unit and the units above it (404 when unknown).</param>
    public async Task<IReadOnlyList<ObservanceOccurrence>> ForYearAsync(int? year, int? unitId, CancellationToken ct = default)
    {
        var y = year ?? CurrentYear;
        LunarDateProblems.EnsureYear(y, "year");
        return OccurrenceCalculator.ForYear(await ObservancesAsync(unitId, ct), y);
    }

    /// <summary>Occurrences of several consecutive years, for the subscription feed.</summary>
    public async Task<IReadOnlyList<ObservanceOccurrence>> ForYearsAsync(int firstYear, int count, int? unitId, CancellationToken ct = default)
    {
        var observances = await ObservancesAsync(unitId, ct);
        var result = new List<ObservanceOccurrence>();
        for (var y = firstYear; y < firstYear + count; y++)
        {
            LunarDateProblems.EnsureYear(y, "year");
            result.AddRange(OccurrenceCalculator.ForYear(observances, y));
        }

        return result;
    }

    private async Task<List<Observance>> ObservancesAsync(int? unitId, CancellationToken ct)
    {
        if (unitId is not { } id)
        {
            return await db.Set<Observance>().AsNoTracking().Where(o => o.UnitId == null).ToListAsync(ct);
        }

        var unit = await hierarchy.GetLatestAsync(id, ct) ?? throw AppProblemException.NotFound();
        var lineage = OrgPath.Ids(unit.Path).ToList();
        return await db.Set<Observance>().AsNoTracking()
            .Where(o => o.UnitId == null || lineage.Contains(o.UnitId.Value))
            .ToListAsync(ct);
    }
}
