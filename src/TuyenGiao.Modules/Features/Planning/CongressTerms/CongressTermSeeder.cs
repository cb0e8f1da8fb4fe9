using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.CongressTerms;

/// <summary>
/// Demo congress terms, added once when the demo federation is there and no term is: the Bắc Kạn
/// federation's 2023–2028 term (ended early when the 2025 reorganisation merged it away), a few of
/// its upper-level unions' terms, and Thái Nguyên's 2025–2030 term when the reorganisation is
/// seeded. Demo data: the congress days are illustrative, not historical records.
/// </summary>
internal static class CongressTermSeeder
{
    private const string BacKan = "Liên đoàn Lao động tỉnh Bắc Kạn";
    private const string ThaiNguyen = "Liên đoàn Lao động tỉnh Thái Nguyên";
    private const string ReorganisationReason = "Sắp xếp tổ chức bộ máy năm 2025: đơn vị hợp nhất, không tiếp tục hoạt động theo mô hình cũ.";

    /// <summary>Upper-level unions with a demo term: name, congress days (2023).</summary>
    private static readonly (string Name, string Congress, DateOnly Start, DateOnly End)[] Uppers =
    [
        ("Liên đoàn Lao động huyện Ba Bể", "Đại hội Công đoàn huyện Ba Bể nhiệm kỳ 2023–2028", new(2023, 5, 11), new(2023, 5, 12)),
        ("Liên đoàn Lao động huyện Bạch Thông", "Đại hội Công đoàn huyện Bạch Thông nhiệm kỳ 2023–2028", new(2023, 5, 18), new(2023, 5, 19)),
        ("Liên đoàn Lao động huyện Chợ Đồn", "Đại hội Công đoàn huyện Chợ Đồn nhiệm kỳ 2023–2028", new(2023, 5, 25), new(2023, 5, 26)),
        ("Công đoàn ngành Giáo dục tỉnh Bắc Kạn", "Đại hội Công đoàn ngành Giáo dục tỉnh Bắc Kạn nhiệm kỳ 2023–2028", new(2023, 6, 8), new(2023, 6, 9)),
    ];

    public static async Task SeedAsync(AppDbContext db, IOrgHierarchy hierarchy, TimeProvider time, CancellationToken ct = default)
    {
        if (await db.Set<CongressTerm>().AnyAsync(ct))
        {
            return;
        }

        var federation = (await hierarchy.GetRootsAsync(new DateOnly(2023, 6, 1), ct)).FirstOrDefault(u => u.Name == BacKan);
        if (federation is null)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        await AddAsync(db, hierarchy, federation.Id, "Đại hội Công đoàn tỉnh Bắc Kạn nhiệm kỳ 2023–2028", 2023, 2028, new(2023, 7, 20), new(2023, 7, 21), "Thành phố Bắc Kạn", now, ct);

        foreach (var upper in Uppers)
        {
            var match = (await hierarchy.SearchAsync(upper.Name, [federation.Id], 5, ct)).FirstOrDefault(m => m.Name == upper.Name);
            if (match is not null)
            {
                await AddAsync(db, hierarchy, match.Id, upper.Congress, 2023, 2028, upper.Start, upper.End, null, now, ct);
            }
        }

        var thaiNguyen = (await hierarchy.GetRootsAsync(null, ct)).FirstOrDefault(u => u.Name == ThaiNguyen);
        if (thaiNguyen is not null)
        {
            await AddAsync(db, hierarchy, thaiNguyen.Id, "Đại hội Công đoàn tỉnh Thái Nguyên nhiệm kỳ 2025–2030", 2025, 2030, new(2025, 9, 25), new(2025, 9, 26), "Thành phố Thái Nguyên", now, ct);
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>A term; ended early on the day the unit stopped existing, when it did before the term's end.</summary>
    private static async Task AddAsync(AppDbContext db, IOrgHierarchy hierarchy, int unitId, string name, int startYear, int endYear, DateOnly start, DateOnly end, string? location, DateTime now, CancellationToken ct)
    {
        var latest = await hierarchy.GetLatestAsync(unitId, ct);
        var endedOn = latest?.ValidTo is { } closed && closed.Year <= endYear ? closed : (DateOnly?)null;
        db.Add(new CongressTerm
        {
            UnitId = unitId,
            Name = name,
            StartYear = startYear,
            EndYear = endYear,
            CongressStartDate = start,
            CongressEndDate = end,
            Location = location,
            EndedEarly = endedOn is not null,
            EndedOn = endedOn,
            EndReason = endedOn is not null ? ReorganisationReason : null,
            CreatedAt = now,
            UpdatedAt = now,
        });
    }
}
