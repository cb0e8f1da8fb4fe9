using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Organization.Domain;
using TuyenGiao.Modules.Features.Organization.Restructure;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;
using D = TuyenGiao.Modules.Features.Organization.Seeding.Reorganisation2025Data;

namespace TuyenGiao.Modules.Features.Organization.Seeding;

/// <summary>
/// Applies the 2025 reorganisation to the seeded Bắc Kạn demo, as restructuring operations
/// through <see cref="OrgRestructuringService"/> (so the history reads like a real one): the Thái
/// Nguyên federation as it stood since 2020, then on 01/07/2025 every Bắc Kạn district or city
/// federation split into commune and ward unions under Thái Nguyên, the two sector unions
/// merged into Thái Nguyên's, and finally the Bắc Kạn federation merged into Thái Nguyên's.
/// Runs once: only while Bắc Kạn is still open and Thái Nguyên is absent.
/// </summary>
internal sealed class Reorganisation2025Seeder(AppDbContext db, OrgRestructuringService restructuring, ILogger logger)
{
    public async Task<bool> ApplyAsync(CancellationToken ct)
    {
        if (await db.Set<OrgUnit>().AnyAsync(u => u.Code == D.FederationCode, ct))
        {
            return false;
        }

        var bacKan = await OpenUnitIdAsync("BK", ct);
        if (bacKan is null)
        {
            logger.LogWarning("Seed:Reorganisation2025 is on but the Bắc Kạn demo federation is not there (or has ended); nothing applied");
            return false;
        }

        var started = Stopwatch.GetTimestamp();
        var cpu0 = Environment.CpuUsage.TotalTime;
        var (uiCulture, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);

        // The summaries and change lines are stored as text: write them in Vietnamese whatever the machine's locale.
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
        restructuring.CheckAccess = false;
        try
        {
            var thaiNguyen = await CreateThaiNguyenAsync(ct);
            var note = Messages.Get("OrgSeedReorganisationNote");
            var random = new Random(2025);
            var splits = 0;
            foreach (var (districtCode, communes) in D.Splits)
            {
                var districtId = await OpenUnitIdAsync(districtCode, ct) ?? throw new InvalidOperationException("Demo unit " + districtCode + " is missing.");
                var children = await db.Set<OrgUnitVersion>().AsNoTracking()
                    .Where(v => v.ParentId == districtId && v.ValidTo == OrgUnitVersion.OpenEnd)
                    .OrderBy(v => v.UnitId)
                    .Select(v => new { v.UnitId, v.Name })
                    .ToListAsync(ct);
                var groups = communes.Select(_ => new List<int>()).ToArray();
                foreach (var child in children)
                {
                    groups[CommuneOf(child.Name, communes)].Add(child.UnitId);
                }

                var parts = communes.Select((c, i) => new SplitPart(
                    "Công đoàn " + c.Place,
                    "CĐ " + c.Place,
                    "CommuneUnion",
                    random.Next(6, 16),
                    groups[i],
                    "TN-" + VietnameseText.Slugify(c.Place).ToUpperInvariant())).ToList();
                await restructuring.SplitAsync(new SplitUnitCommand(districtId, parts, thaiNguyen, KeepSource: false, D.EffectiveDate, note), preview: false, ct);
                splits += parts.Count;
            }

            foreach (var (from, to) in D.SectorMergers)
            {
                var source = await OpenUnitIdAsync(from, ct) ?? throw new InvalidOperationException("Demo unit " + from + " is missing.");
                var target = await OpenUnitIdAsync(to, ct) ?? throw new InvalidOperationException("Demo unit " + to + " is missing.");
                await restructuring.MergeAsync(new MergeUnitsCommand([source], target, null, AddMembers: true, D.EffectiveDate, note), preview: false, ct);
            }

            await restructuring.MergeAsync(new MergeUnitsCommand([bacKan.Value], thaiNguyen, null, AddMembers: true, D.EffectiveDate, note), preview: false, ct);

            logger.LogInformation(
                "Applied the 2025 reorganisation: {Districts} district federations split into {Communes} commune unions, {Sectors} sector unions and the Bắc Kạn federation merged into Thái Nguyên, in {Ms:F0} ms (CPU {Cpu:F0} ms)",
                D.Splits.Count,
                splits,
                D.SectorMergers.Length,
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                (Environment.CpuUsage.TotalTime - cpu0).TotalMilliseconds);
            return true;
        }
        finally
        {
            restructuring.CheckAccess = true;
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (uiCulture, culture);
        }
    }

    /// <summary>Thái Nguyên's federation and its own units, valid from 2020 like the Bắc Kạn demo: one restructuring.</summary>
    private async Task<int> CreateThaiNguyenAsync(CancellationToken ct)
    {
        var idOf = new Dictionary<string, int>(StringComparer.Ordinal);
        await restructuring.RunImportAsync(
            async op =>
            {
                foreach (var u in D.ThaiNguyenUnits)
                {
                    var cmd = new CreateUnitCommand(u.Name, u.ShortName, u.Kind, u.Parent is null ? null : idOf[u.Parent], u.Members, u.Code, EffectiveDate: OrgDemoSeeder.DemoStart);
                    idOf[u.Code] = await restructuring.CreateUnitAsync(op, cmd, string.Empty, ct);
                }

                op.Summary = Messages.Get("OrgSeedThaiNguyenSummary", D.ThaiNguyenUnits.Length);
                op.UnitId = idOf[D.FederationCode];
            },
            OrgDemoSeeder.DemoStart,
            ct);
        return idOf[D.FederationCode];
    }

    /// <summary>The commune a grassroots union belongs to, by the former commune its name carries (longest match); else the first.</summary>
    private static int CommuneOf(string unitName, D.Commune[] communes)
    {
        var best = (Index: 0, Length: 0);
        for (var i = 0; i < communes.Length; i++)
        {
            foreach (var former in communes[i].FormerCommunes)
            {
                if (former.Length > best.Length && unitName.Contains(former, StringComparison.Ordinal))
                {
                    best = (i, former.Length);
                }
            }
        }

        return best.Index;
    }

    private Task<int?> OpenUnitIdAsync(string code, CancellationToken ct) =>
        db.Set<OrgUnitVersion>().AsNoTracking()
            .Where(v => v.Unit!.Code == code && v.ValidTo == OrgUnitVersion.OpenEnd)
            .Select(v => (int?)v.UnitId)
            .FirstOrDefaultAsync(ct);
}
