using System.Globalization;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Domain;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Channels.Coverage;

/// <summary>
/// "10/10 upper-level unions, 632/640 grassroots unions": for a subtree and a date, how many units of
/// each level have at least one channel of each kind that existed and was not switched off that day
/// (a channel waiting for re-authorisation still counts: the page or group is there).
/// </summary>
internal sealed class CoverageQueries(AppDbContext db, SubtreeUnits subtree, IOrgHierarchy hierarchy, IAccessScope access, TimeProvider time)
{
    private static readonly ChannelKind[] Social = [ChannelKind.FacebookPage, ChannelKind.ZaloOa, ChannelKind.ZaloGroup];

    public async Task<CoverageReport> GetAsync(int? unitId, DateOnly? date, CancellationToken ct)
    {
        var day = date ?? VietnamTime.Today(time);
        int rootId;
        if (unitId is { } id)
        {
            await access.EnsureAsync(Permission.ViewUnits, id, ct);
            rootId = id;
        }
        else
        {
            var roots = await access.RootsAsync(Permission.ViewUnits, ct);
            var top = await hierarchy.GetRootsAsync(day, ct);
            rootId = roots is { Count: > 0 } ? roots[0] : top.Count > 0 ? top[0].Id : throw AppProblemException.NotFound();
        }

        var root = await hierarchy.GetAsync(rootId, day, ct)
            ?? throw AppProblemException.Invalid(Messages.Get("ChannelsCoverageNoUnitOnDate", VietnamTime.Format(day)), [new FieldError("date", Messages.Get("ChannelsCoverageNoUnitOnDate", VietnamTime.Format(day)))]);
        var units = await subtree.ListAsync(rootId, day, ct);

        // End of the day in Vietnam, as UTC: channels created before it count.
        var dayEnd = TimeZoneInfo.ConvertTimeToUtc(day.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamTime.Zone);
        var channels = await db.Set<Channel>().AsNoTracking()
            .Where(c => c.CreatedAt < dayEnd && (c.DeactivatedAt == null || c.DeactivatedAt >= dayEnd))
            .Select(c => new { c.UnitId, c.Kind })
            .ToListAsync(ct);
        var kindsByUnit = channels.GroupBy(c => c.UnitId).ToDictionary(g => g.Key, g => g.Select(c => c.Kind).ToHashSet());

        var levels = new List<CoverageLevel>();
        foreach (var group in units.GroupBy(u => u.Level).OrderBy(g => g.Key))
        {
            var level = (OrgLevel)group.Key;
            var ids = group.Select(u => u.UnitId).ToList();
            var byKind = Enum.GetValues<ChannelKind>().ToDictionary(
                k => k.ToString(),
                k => ids.Count(u => kindsByUnit.TryGetValue(u, out var kinds) && kinds.Contains(k)));
            var withAny = ids.Count(kindsByUnit.ContainsKey);
            var withSocial = ids.Count(u => kindsByUnit.TryGetValue(u, out var kinds) && kinds.Overlaps(Social));
            var name = Messages.Get("ChannelsLevel" + level);
            levels.Add(new CoverageLevel(
                level,
                name,
                ids.Count,
                withAny,
                withSocial,
                byKind,
                string.Create(CultureInfo.InvariantCulture, $"{withSocial}/{ids.Count} {name}")));
        }

        return new CoverageReport(rootId, root.Name, day, levels);
    }
}
