using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Organization.Domain;
using TuyenGiao.Modules.Features.Organization.Restructure;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Organization.Seeding;

/// <summary>
/// Seeds the Bắc Kạn federation (valid from 2020-01-01) on the first start of an empty database,
/// unless <c>Seed:Demo=false</c>. Deterministic: the same names and member counts every time.
/// With <c>Seed:Reorganisation2025=true</c> the 2025 reorganisation is then applied on top
/// (<see cref="Reorganisation2025Seeder"/>), also on a database seeded earlier without it.
/// </summary>
public sealed class OrgDemoSeeder(AppDbContext db, IConfiguration configuration, TimeProvider time, OrgRestructuringService restructuring, ILogger<OrgDemoSeeder> logger)
{
    public static readonly DateOnly DemoStart = new(2020, 1, 1);

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var options = configuration.GetSection("Seed").Get<DemoSeedOptions>() ?? new DemoSeedOptions();
        if (!options.Demo)
        {
            return;
        }

        if (!await db.Set<OrgUnit>().AnyAsync(ct))
        {
            await SeedBacKan2023Async(ct);
        }

        if (options.Reorganisation2025)
        {
            await new Reorganisation2025Seeder(db, restructuring, logger).ApplyAsync(ct);
        }
    }

    private async Task SeedBacKan2023Async(CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var kinds = await db.Set<OrgUnitKind>().ToDictionaryAsync(k => k.Code, ct);
        var random = new Random(2023);
        var now = time.GetUtcNow().UtcDateTime;

        var federation = await AddUnitAsync("BK", BacKanDemoData.FederationName, "LĐLĐ tỉnh Bắc Kạn", kinds["Federation"], null, 0, "0209 3870 336", "Số 1, đường Trường Chinh, phường Đức Xuân, thành phố Bắc Kạn", now, ct);

        var grassroots = new List<(string Name, OrgUnitVersion Parent, int Members)>();
        var uppers = new List<OrgUnitVersion>();
        foreach (var district in BacKanDemoData.Districts)
        {
            var upper = await AddUnitAsync(district.Code, district.Name, district.ShortName, kinds["DistrictFederation"], federation, 0, Phone(random), null, now, ct);
            uppers.Add(upper);
            var place = district.IsCity ? "thành phố Bắc Kạn" : "huyện " + district.Name.Split("huyện ")[1];
            foreach (var commune in district.Communes)
            {
                var plain = StripPrefix(commune);
                grassroots.Add(($"Công đoàn cơ sở UBND {commune}", upper, random.Next(14, 32)));
                grassroots.Add(($"Công đoàn cơ sở Trạm Y tế {commune}", upper, random.Next(6, 14)));
                grassroots.Add(($"Công đoàn cơ sở Trường Mầm non {plain}", upper, random.Next(12, 40)));
                grassroots.Add(($"Công đoàn cơ sở Trường Tiểu học {plain}", upper, random.Next(15, 45)));
                grassroots.Add(($"Công đoàn cơ sở Trường THCS {plain}", upper, random.Next(15, 45)));
            }

            foreach (var agency in BacKanDemoData.DistrictAgencies.Take(district.IsCity ? 10 : 7))
            {
                grassroots.Add(($"Công đoàn cơ sở {agency} {place}", upper, random.Next(12, 90)));
            }

            foreach (var stem in BacKanDemoData.EnterpriseStems.Take(district.IsCity ? 8 : 4))
            {
                grassroots.Add(($"Công đoàn cơ sở {stem} {(district.IsCity ? "Bắc Kạn" : district.Name.Split("huyện ")[1])}", upper, random.Next(20, 260)));
            }
        }

        var education = await AddUnitAsync("BK-GD", "Công đoàn ngành Giáo dục tỉnh Bắc Kạn", "CĐ ngành Giáo dục", kinds["SectorUnion"], federation, 0, Phone(random), null, now, ct);
        var health = await AddUnitAsync("BK-YT", "Công đoàn ngành Y tế tỉnh Bắc Kạn", "CĐ ngành Y tế", kinds["SectorUnion"], federation, 0, Phone(random), null, now, ct);
        uppers.Add(education);
        uppers.Add(health);
        grassroots.AddRange(BacKanDemoData.EducationUnits.Select(n => ($"Công đoàn cơ sở {n}", education, random.Next(25, 120))));
        grassroots.AddRange(BacKanDemoData.HealthUnits.Select(n => ($"Công đoàn cơ sở {n}", health, n.StartsWith("Bệnh viện Đa khoa", StringComparison.Ordinal) ? 480 : random.Next(25, 160))));

        // Exactly 640 grassroots unions: drop the surplus from the end of the district lists.
        while (grassroots.Count > BacKanDemoData.GrassrootsCount)
        {
            var lastDistrictIndex = grassroots.FindLastIndex(g => g.Parent != education && g.Parent != health && g.Name.Contains("Trường Mầm non", StringComparison.Ordinal));
            grassroots.RemoveAt(lastDistrictIndex);
        }

        var n = 0;
        var units = grassroots.Select(g => new OrgUnit { Code = "BK-CS" + (++n).ToString("000", CultureInfo.InvariantCulture), CreatedAt = now }).ToList();
        db.AddRange(units);
        await db.SaveChangesAsync(ct);
        var kind = kinds["GrassrootsUnion"];
        for (var i = 0; i < units.Count; i++)
        {
            var (name, parent, members) = grassroots[i];
            db.Add(NewVersion(units[i].Id, name, ShortOf(name), kind, parent, members, Phone(random), null));
        }

        await db.SaveChangesAsync(ct);

        // Upper units and the federation carry their own office's members only; totals roll up from below.
        foreach (var upper in uppers.Append(federation))
        {
            upper.MemberCount = random.Next(8, 25);
        }

        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        logger.LogInformation(
            "Seeded the demo federation: {Uppers} upper-level unions, {Grassroots} grassroots unions, in {Ms:F0} ms",
            uppers.Count,
            units.Count,
            System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private async Task<OrgUnitVersion> AddUnitAsync(string code, string name, string shortName, OrgUnitKind kind, OrgUnitVersion? parent, int members, string? phone, string? address, DateTime now, CancellationToken ct)
    {
        var unit = new OrgUnit { Code = code, CreatedAt = now };
        db.Add(unit);
        await db.SaveChangesAsync(ct);
        var version = NewVersion(unit.Id, name, shortName, kind, parent, members, phone, address);
        db.Add(version);
        await db.SaveChangesAsync(ct);
        return version;
    }

    private static OrgUnitVersion NewVersion(int id, string name, string shortName, OrgUnitKind kind, OrgUnitVersion? parent, int members, string? phone, string? address) => new()
    {
        UnitId = id,
        ValidFrom = DemoStart,
        Name = name,
        ShortName = shortName,
        SearchText = OrgRestructuringService.SearchText(name, shortName),
        KindId = kind.Id,
        ParentId = parent?.UnitId,
        Path = parent is null ? OrgPath.Root(id) : OrgPath.Child(parent.Path, id),
        Depth = parent is null ? 0 : parent.Depth + 1,
        MemberCount = members,
        Phone = phone,
        Address = address,
    };

    private static string ShortOf(string name) => name.Replace("Công đoàn cơ sở ", "CĐCS ", StringComparison.Ordinal);

    private static string StripPrefix(string commune)
    {
        foreach (var prefix in new[] { "thị trấn ", "phường ", "xã " })
        {
            if (commune.StartsWith(prefix, StringComparison.Ordinal))
            {
                return commune[prefix.Length..];
            }
        }

        return commune;
    }

    private static string Phone(Random random) => "0209 3" + random.Next(100, 999).ToString(CultureInfo.InvariantCulture) + " " + random.Next(100, 999).ToString(CultureInfo.InvariantCulture);

    internal static string Fold(string s) => VietnameseText.Fold(s);
}
