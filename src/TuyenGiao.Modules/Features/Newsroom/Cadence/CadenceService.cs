using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Newsroom.Cadence;

/// <summary>
/// The daily cadence: how many posts a unit published on each Vietnam-time day (by
/// <c>PublishedAt</c>; posts still published or archived — a withdrawn post does not count)
/// against its target. Reading needs view rights on the unit; setting a target needs
/// <see cref="Permission.ManageUnits"/> on it (the unit's administrators, or those above).
/// </summary>
public sealed class CadenceService(AppDbContext db, IAccessScope access, IOrgHierarchy hierarchy, IAuditLog audit, TimeProvider time, IOptions<CadenceOptions> options)
{
    public const int MaxPeriodDays = 366;
    public const int MaxPostsPerDay = 50;

    /// <summary>How far back a streak is followed.</summary>
    private const int StreakLookbackDays = 366;

    public async Task<CadenceStats> StatsAsync(int unitId, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        await access.EnsureAsync(Permission.ViewUnits, unitId, ct);
        var today = VietnamTime.Today(time);
        var end = to ?? today;
        var start = from ?? end.AddDays(-29);
        var errors = new List<FieldError>();
        if (end < start)
        {
            errors.Add(new FieldError("to", Messages.Get("EditorCadenceBadPeriod")));
        }
        else if (end.DayNumber - start.DayNumber + 1 > MaxPeriodDays)
        {
            errors.Add(new FieldError("from", Messages.Get("EditorCadencePeriodTooLong", MaxPeriodDays)));
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        var unit = await hierarchy.GetLatestAsync(unitId, ct) ?? throw AppProblemException.NotFound();
        var targets = await TargetsAsync(unitId, ct);
        var firstDay = new[] { start, today.AddDays(-StreakLookbackDays) }.Min();
        var lastDay = new[] { end, today }.Max();
        var counts = await CountsAsync(unitId, firstDay, lastDay, ct);

        int TargetOn(DateOnly day) => TargetFor(targets, day)?.PostsPerDay ?? options.Value.DefaultPostsPerDay;
        int CountOn(DateOnly day) => counts.GetValueOrDefault(day);

        var days = new List<CadenceDay>();
        for (var day = start; day <= end; day = day.AddDays(1))
        {
            days.Add(new CadenceDay(day, CountOn(day), TargetOn(day), CountOn(day) >= TargetOn(day)));
        }

        var streak = 0;
        for (var day = today.AddDays(-1); day >= today.AddDays(-StreakLookbackDays) && CountOn(day) >= TargetOn(day); day = day.AddDays(-1))
        {
            streak++;
        }

        if (CountOn(today) >= TargetOn(today))
        {
            streak++;
        }

        var current = TargetFor(targets, today);
        return new CadenceStats(
            unitId,
            unit.Name,
            today,
            CountOn(today),
            TargetOn(today),
            current is not null,
            current?.WarnAtHour ?? options.Value.WarnAtLocalHour,
            start,
            end,
            days.Count(d => !d.Met && d.Date < today),
            streak,
            days);
    }

    public async Task<CadenceTargetItem> SetTargetAsync(int unitId, SaveCadenceTargetRequest request, CancellationToken ct = default)
    {
        await access.EnsureAsync(Permission.ManageUnits, unitId, ct);
        var today = VietnamTime.Today(time);
        var validFrom = request.ValidFrom ?? today;
        var errors = new List<FieldError>();
        if (request.PostsPerDay is null)
        {
            errors.Add(new FieldError("postsPerDay", Messages.Get("Required", "postsPerDay")));
        }
        else if (request.PostsPerDay is < 0 or > MaxPostsPerDay)
        {
            errors.Add(new FieldError("postsPerDay", Messages.Get("EditorCadenceBadTarget", MaxPostsPerDay)));
        }

        if (request.WarnAtHour is < 0 or > 23)
        {
            errors.Add(new FieldError("warnAtHour", Messages.Get("EditorCadenceBadHour")));
        }

        if (validFrom < today)
        {
            errors.Add(new FieldError("validFrom", Messages.Get("EditorCadencePastTarget")));
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        var target = await db.Set<CadenceTarget>().FirstOrDefaultAsync(t => t.UnitId == unitId && t.ValidFrom == validFrom, ct);
        if (target is null)
        {
            target = new CadenceTarget { UnitId = unitId, ValidFrom = validFrom };
            db.Add(target);
        }

        target.PostsPerDay = request.PostsPerDay!.Value;
        target.WarnAtHour = request.WarnAtHour;
        target.UpdatedAt = time.GetUtcNow().UtcDateTime;
        target.UpdatedByUserId = access.UserId;
        audit.Record("newsroom.cadence-target", nameof(CadenceTarget), unitId.ToString(System.Globalization.CultureInfo.InvariantCulture), unitId, $"{target.PostsPerDay}/ngày từ {VietnamTime.Format(validFrom)}");
        await db.SaveChangesAsync(ct);
        return new CadenceTargetItem(unitId, target.PostsPerDay, target.WarnAtHour, target.ValidFrom);
    }

    /// <summary>The units whose cadence the person follows on the dashboard: those they edit content for (the roots of their reach when that is everything).</summary>
    public async Task<IReadOnlyList<int>> DashboardUnitsAsync(CancellationToken ct = default)
    {
        var roots = await access.RootsAsync(Permission.EditContent, ct);
        if (roots is null)
        {
            return (await hierarchy.GetRootsAsync(null, ct)).Select(u => u.Id).ToList();
        }

        return roots.Take(6).ToList();
    }

    internal async Task<List<CadenceTarget>> TargetsAsync(int unitId, CancellationToken ct) =>
        await db.Set<CadenceTarget>().AsNoTracking().Where(t => t.UnitId == unitId).OrderBy(t => t.ValidFrom).ToListAsync(ct);

    internal static CadenceTarget? TargetFor(IReadOnlyList<CadenceTarget> ordered, DateOnly day) =>
        ordered.LastOrDefault(t => t.ValidFrom <= day);

    /// <summary>Posts published per Vietnam-time day in [first, last].</summary>
    internal static async Task<Dictionary<DateOnly, int>> CountsAsync(AppDbContext db, int unitId, DateOnly first, DateOnly last, CancellationToken ct)
    {
        var startUtc = LocalMidnightUtc(first);
        var endUtc = LocalMidnightUtc(last.AddDays(1));
        var published = await db.Set<Post>().AsNoTracking()
            .Where(p => p.UnitId == unitId && (p.Status == PostStatus.Published || p.Status == PostStatus.Archived)
                && p.PublishedAt >= startUtc && p.PublishedAt < endUtc)
            .Select(p => p.PublishedAt!.Value)
            .ToListAsync(ct);
        return published
            .GroupBy(at => DateOnly.FromDateTime(VietnamTime.ToLocal(DateTime.SpecifyKind(at, DateTimeKind.Utc))))
            .ToDictionary(g => g.Key, g => g.Count());
    }

    private Task<Dictionary<DateOnly, int>> CountsAsync(int unitId, DateOnly first, DateOnly last, CancellationToken ct) =>
        CountsAsync(db, unitId, first, last, ct);

    /// <summary>00:00 Vietnam time of the day, in UTC.</summary>
    internal static DateTime LocalMidnightUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), VietnamTime.Zone);
}
