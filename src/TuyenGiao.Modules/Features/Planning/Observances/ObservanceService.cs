using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Planning.Contracts;
using TuyenGiao.Modules.Features.Planning.Domain;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Planning.Observances;

/// <summary>
/// The observance list. Everyone signed in sees the common observances, those of the units in
/// their subtrees and those of the units above them; system administrators change the common
/// ones, a unit's managers (<see cref="Permission.ManageUnits"/>) change the unit's own.
/// </summary>
public sealed class ObservanceService(AppDbContext db, IAccessScope access, IOrgHierarchy hierarchy, IAuditLog audit, TimeProvider time)
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 2000;

    public async Task<PagedResult<ObservanceItem>> ListAsync(PageQuery page, CancellationToken ct = default)
    {
        var all = await db.Set<Observance>().AsNoTracking().OrderBy(o => o.Month).ThenBy(o => o.Day).ThenBy(o => o.Id).ToListAsync(ct);
        var units = await SnapshotsAsync(all.Select(o => o.UnitId), ct);
        var viewRoots = await access.RootsAsync(Permission.ViewUnits, ct);
        var rootPaths = viewRoots is null ? null : (await SnapshotsAsync(viewRoots.Select(r => (int?)r), ct)).Values.Select(s => s.Path).ToList();
        var visible = all.Where(o => IsVisible(o, units, viewRoots, rootPaths)).ToList();
        var items = new List<ObservanceItem>();
        foreach (var o in visible.Skip(page.Skip).Take(page.PageSize))
        {
            items.Add(await ToItemAsync(o, units, ct));
        }

        return new PagedResult<ObservanceItem>(items, visible.Count);
    }

    public async Task<ObservanceItem> GetAsync(int id, CancellationToken ct = default)
    {
        var observance = await FindVisibleAsync(id, ct);
        return await ToItemAsync(observance, await SnapshotsAsync([observance.UnitId], ct), ct);
    }

    public async Task<ObservanceItem> CreateAsync(SaveObservanceRequest request, CancellationToken ct = default)
    {
        await EnsureCanManageAsync(request.UnitId, ct);
        var observance = new Observance { Name = string.Empty };
        Apply(observance, request);
        observance.CreatedAt = observance.UpdatedAt = time.GetUtcNow().UtcDateTime;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Add(observance);
        await db.SaveChangesAsync(ct);
        audit.Record("planning.observance-create", nameof(Observance), observance.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), observance.UnitId, observance.Name);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await ToItemAsync(observance, await SnapshotsAsync([observance.UnitId], ct), ct);
    }

    public async Task<ObservanceItem> UpdateAsync(int id, SaveObservanceRequest request, CancellationToken ct = default)
    {
        var observance = await FindVisibleAsync(id, ct, tracked: true);
        await EnsureCanManageAsync(observance.UnitId, ct);
        if (request.UnitId != observance.UnitId)
        {
            await EnsureCanManageAsync(request.UnitId, ct);
        }

        Apply(observance, request);
        observance.UpdatedAt = time.GetUtcNow().UtcDateTime;
        audit.Record("planning.observance-update", nameof(Observance), id.ToString(System.Globalization.CultureInfo.InvariantCulture), observance.UnitId, observance.Name);
        await db.SaveChangesAsync(ct);
        return await ToItemAsync(observance, await SnapshotsAsync([observance.UnitId], ct), ct);
    }

    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        var observance = await FindVisibleAsync(id, ct, tracked: true);
        await EnsureCanManageAsync(observance.UnitId, ct);
        db.Remove(observance);
        audit.Record("planning.observance-delete", nameof(Observance), id.ToString(System.Globalization.CultureInfo.InvariantCulture), observance.UnitId, observance.Name);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The units the caller may add observances for: null stands for "every unit" (system administrators).</summary>
    public async Task<IReadOnlyList<(int? UnitId, string Name)>> ManageableUnitsAsync(CancellationToken ct = default)
    {
        var roots = await access.RootsAsync(Permission.ManageUnits, ct);
        var result = new List<(int?, string)>();
        IEnumerable<OrgUnitSnapshot> units;
        if (roots is null)
        {
            result.Add((null, Messages.Get("PlanningEveryUnit")));
            units = await hierarchy.GetRootsAsync(null, ct);
        }
        else
        {
            units = (await SnapshotsAsync(roots.Select(r => (int?)r), ct)).Values;
        }

        result.AddRange(units.OrderBy(u => u.Path, StringComparer.Ordinal).Select(u => ((int?)u.Id, u.Name)));
        return result;
    }

    /// <summary>Validates and copies the request; throws 400 listing every bad field, having changed nothing that is saved.</summary>
    private static void Apply(Observance target, SaveObservanceRequest request)
    {
        var errors = new List<FieldError>();
        var name = VietnameseText.CleanLine(request.Name);
        if (name.Length == 0)
        {
            errors.Add(new FieldError("name", Messages.Get("Required", "name")));
        }
        else if (name.Length > NameMaxLength)
        {
            errors.Add(new FieldError("name", Messages.Get("TooLong", "name", NameMaxLength)));
        }

        var description = VietnameseText.Nfc(request.Description) is { Length: > 0 } d ? d : null;
        if (description is { Length: > DescriptionMaxLength })
        {
            errors.Add(new FieldError("description", Messages.Get("TooLong", "description", DescriptionMaxLength)));
        }

        ObservanceCalendar? calendar = null;
        if (string.IsNullOrWhiteSpace(request.Calendar))
        {
            errors.Add(new FieldError("calendar", Messages.Get("Required", "calendar")));
        }
        else if (Enum.TryParse<ObservanceCalendar>(request.Calendar.Trim(), ignoreCase: true, out var c) && Enum.IsDefined(c) && !int.TryParse(request.Calendar, out _))
        {
            calendar = c;
        }
        else
        {
            errors.Add(new FieldError("calendar", Messages.Get("PlanningBadCalendar", request.Calendar)));
        }

        ObservanceCategory? category = null;
        if (string.IsNullOrWhiteSpace(request.Category))
        {
            errors.Add(new FieldError("category", Messages.Get("Required", "category")));
        }
        else if (Enum.TryParse<ObservanceCategory>(request.Category.Trim(), ignoreCase: true, out var k) && Enum.IsDefined(k) && !int.TryParse(request.Category, out _))
        {
            category = k;
        }
        else
        {
            errors.Add(new FieldError("category", Messages.Get("PlanningBadCategory", request.Category, string.Join(", ", Enum.GetNames<ObservanceCategory>()))));
        }

        var monthLong = request.MonthLong ?? false;
        if (request.Month is null)
        {
            errors.Add(new FieldError("month", Messages.Get("Required", "month")));
        }
        else if (request.Month is < 1 or > 12)
        {
            errors.Add(new FieldError("month", Messages.Get("PlanningBadMonth")));
        }

        var day = monthLong ? 1 : request.Day;
        if (day is null)
        {
            errors.Add(new FieldError("day", Messages.Get("Required", "day")));
        }
        else if (request.Month is >= 1 and <= 12 && calendar is not null)
        {
            // Solar: 29/2 is allowed (kept on 28/2 in common years). Lunar: day 30 is allowed
            // (kept on day 29 in a year whose month is short).
            var max = calendar == ObservanceCalendar.Solar ? DateTime.DaysInMonth(2024, request.Month.Value) : 30;
            if (day < 1 || day > max)
            {
                errors.Add(new FieldError("day", Messages.Get("PlanningBadDay", max)));
            }
        }

        if (request.FoundingYear is < 1 or > VietnameseLunarCalendar.MaxYear)
        {
            errors.Add(new FieldError("foundingYear", Messages.Get("PlanningBadFoundingYear", VietnameseLunarCalendar.MaxYear)));
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        target.Name = name;
        target.Description = description;
        target.Calendar = calendar!.Value;
        target.Category = category!.Value;
        target.Month = request.Month!.Value;
        target.Day = day!.Value;
        target.IsMonthLong = monthLong;
        target.FoundingYear = request.FoundingYear;
        target.UnitId = request.UnitId;
    }

    private async Task EnsureCanManageAsync(int? unitId, CancellationToken ct)
    {
        if (unitId is { } id)
        {
            await access.EnsureAsync(Permission.ManageUnits, id, ct);
        }
        else if (await access.RootsAsync(Permission.ManageUnits, ct) is not null)
        {
            throw AppProblemException.Forbidden(Messages.Get("PlanningCommonIsForAdmins"));
        }
    }

    private async Task<Observance> FindVisibleAsync(int id, CancellationToken ct, bool tracked = false)
    {
        var query = db.Set<Observance>().Where(o => o.Id == id);
        var observance = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct) ?? throw AppProblemException.NotFound();
        if (observance.UnitId is { } unitId && !await IsVisibleUnitAsync(unitId, ct))
        {
            throw AppProblemException.NotFound();
        }

        return observance;
    }

    private async Task<bool> IsVisibleUnitAsync(int unitId, CancellationToken ct)
    {
        var roots = await access.RootsAsync(Permission.ViewUnits, ct);
        if (roots is null)
        {
            return true;
        }

        var units = await SnapshotsAsync([unitId, .. roots.Select(r => (int?)r)], ct);
        var rootPaths = roots.Where(units.ContainsKey).Select(r => units[r].Path).ToList();
        return units.TryGetValue(unitId, out var unit) && IsRelated(unit, roots, rootPaths);
    }

    private static bool IsVisible(Observance o, Dictionary<int, OrgUnitSnapshot> units, IReadOnlyList<int>? roots, List<string>? rootPaths) =>
        o.UnitId is not { } unitId || roots is null || (units.TryGetValue(unitId, out var unit) && IsRelated(unit, roots, rootPaths!));

    /// <summary>The unit lies in one of the caller's subtrees, or above one of them.</summary>
    private static bool IsRelated(OrgUnitSnapshot unit, IReadOnlyList<int> roots, List<string> rootPaths) =>
        roots.Any(unit.IsWithin) || rootPaths.Any(p => OrgPath.Contains(p, unit.Id));

    private async Task<Dictionary<int, OrgUnitSnapshot>> SnapshotsAsync(IEnumerable<int?> unitIds, CancellationToken ct)
    {
        var result = new Dictionary<int, OrgUnitSnapshot>();
        foreach (var id in unitIds.OfType<int>().Distinct())
        {
            if (await hierarchy.GetLatestAsync(id, ct) is { } snapshot)
            {
                result[id] = snapshot;
            }
        }

        return result;
    }

    private async Task<ObservanceItem> ToItemAsync(Observance o, Dictionary<int, OrgUnitSnapshot> units, CancellationToken ct)
    {
        var canEdit = o.UnitId is { } unitId
            ? await access.CanAsync(Permission.ManageUnits, unitId, ct)
            : access.UserId is not null && await access.RootsAsync(Permission.ManageUnits, ct) is null;
        var unitName = o.UnitId is { } id && units.TryGetValue(id, out var unit) ? unit.Name : null;
        return new ObservanceItem(o.Id, o.Name, o.Description, o.Calendar, o.Month, o.Day, o.FoundingYear, o.Category, o.IsMonthLong, o.UnitId, unitName, canEdit);
    }
}
