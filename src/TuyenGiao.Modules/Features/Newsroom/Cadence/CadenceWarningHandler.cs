using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Notifications.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Newsroom.Cadence;

/// <summary>
/// The cadence warning: once the unit's warning hour (Vietnam time) has passed, a unit that has
/// published fewer posts today than its target tells its editors (the accounts holding, on the
/// unit, a role that edits content). Units with an explicit target are checked, and the root
/// units (the federation) with the default target. Idempotent: the notice's de-duplication key
/// <c>cadence:{unitId}:{yyyy-MM-dd}</c> makes a second run that day notify nobody again.
/// </summary>
public sealed partial class CadenceWarningHandler(
    AppDbContext db,
    IOrgHierarchy hierarchy,
    INotifier notifier,
    TimeProvider time,
    IOptions<CadenceOptions> options,
    ILogger<CadenceWarningHandler> logger)
{
    public const string NoticeKind = "newsroom.cadence";

    /// <summary>Checks every followed unit now; returns how many people were notified.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var nowLocal = VietnamTime.ToLocal(time.GetUtcNow().UtcDateTime);
        var today = DateOnly.FromDateTime(nowLocal);
        var settings = options.Value;

        var targets = await db.Set<CadenceTarget>().AsNoTracking().Where(t => t.ValidFrom <= today).ToListAsync(ct);
        var current = targets.GroupBy(t => t.UnitId).ToDictionary(g => g.Key, g => g.OrderBy(t => t.ValidFrom).Last());
        var units = new Dictionary<int, (int Target, int Hour)>();
        foreach (var (unitId, target) in current)
        {
            units[unitId] = (target.PostsPerDay, target.WarnAtHour ?? settings.WarnAtLocalHour);
        }

        foreach (var root in await hierarchy.GetRootsAsync(today, ct))
        {
            units.TryAdd(root.Id, (settings.DefaultPostsPerDay, settings.WarnAtLocalHour));
        }

        var notified = 0;
        foreach (var (unitId, (target, hour)) in units)
        {
            if (target <= 0 || nowLocal.Hour < hour)
            {
                continue;
            }

            var count = (await CadenceService.CountsAsync(db, unitId, today, today, ct)).GetValueOrDefault(today);
            if (count >= target)
            {
                continue;
            }

            var unit = await hierarchy.GetAsync(unitId, today, ct);
            if (unit is null)
            {
                continue; // dissolved or not yet created
            }

            var notice = new Notice(
                NoticeKind,
                Messages.Get("EditorCadenceWarningTitle", count, target),
                Messages.Get("EditorCadenceWarningBody", unit.Name, VietnamTime.Format(today), count, target),
                "/quan-tri",
                DedupKey(unitId, today),
                Permission.EditContent,
                unitId);
            notified += await notifier.NotifyUnitAsync(unitId, notice, ct);
        }

        if (notified > 0)
        {
            await db.SaveChangesAsync(ct);
            LogWarned(logger, notified);
        }

        return notified;
    }

    public static string DedupKey(int unitId, DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"cadence:{unitId}:{day:yyyy-MM-dd}");

    [LoggerMessage(Level = LogLevel.Information, Message = "Cadence warning sent to {Count} people")]
    private static partial void LogWarned(ILogger logger, int count);
}
