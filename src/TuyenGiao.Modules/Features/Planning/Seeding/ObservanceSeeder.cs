using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Planning.Contracts;
using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.Seeding;

/// <summary>
/// The holidays and anniversaries every union follows, added once to an empty calendar on first
/// start; editable afterwards. Seed data, like the demo federation: Vietnamese proper names.
/// </summary>
internal static class ObservanceSeeder
{
    public static readonly IReadOnlyList<(string Name, string Description, ObservanceCalendar Calendar, int Month, int Day, int? Founded, ObservanceCategory Category, bool MonthLong)> Defaults =
    [
        ("Ngày thành lập Đảng Cộng sản Việt Nam", "Đảng Cộng sản Việt Nam được thành lập ngày 3/2/1930.", ObservanceCalendar.Solar, 2, 3, 1930, ObservanceCategory.National, false),
        ("Ngày Quốc tế Phụ nữ", "Ngày Quốc tế Phụ nữ 8/3.", ObservanceCalendar.Solar, 3, 8, 1910, ObservanceCategory.International, false),
        ("Ngày Giải phóng miền Nam, thống nhất đất nước", "Ngày 30/4/1975, miền Nam hoàn toàn giải phóng, đất nước thống nhất.", ObservanceCalendar.Solar, 4, 30, 1975, ObservanceCategory.National, false),
        ("Ngày Quốc tế Lao động", "Ngày Quốc tế Lao động 1/5.", ObservanceCalendar.Solar, 5, 1, 1886, ObservanceCategory.International, false),
        ("Ngày Chiến thắng Điện Biên Phủ", "Chiến thắng Điện Biên Phủ ngày 7/5/1954.", ObservanceCalendar.Solar, 5, 7, 1954, ObservanceCategory.National, false),
        ("Ngày sinh Chủ tịch Hồ Chí Minh", "Chủ tịch Hồ Chí Minh sinh ngày 19/5/1890.", ObservanceCalendar.Solar, 5, 19, 1890, ObservanceCategory.National, false),
        ("Ngày thành lập Công đoàn Việt Nam", "Công đoàn Việt Nam được thành lập ngày 28/7/1929.", ObservanceCalendar.Solar, 7, 28, 1929, ObservanceCategory.Union, false),
        ("Ngày Cách mạng Tháng Tám thành công", "Cách mạng Tháng Tám thành công ngày 19/8/1945.", ObservanceCalendar.Solar, 8, 19, 1945, ObservanceCategory.National, false),
        ("Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Ngày 2/9/1945, Chủ tịch Hồ Chí Minh đọc Tuyên ngôn độc lập.", ObservanceCalendar.Solar, 9, 2, 1945, ObservanceCategory.National, false),
        ("Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam được thành lập ngày 20/10/1930.", ObservanceCalendar.Solar, 10, 20, 1930, ObservanceCategory.Organization, false),
        ("Ngày thành lập Quân đội nhân dân Việt Nam", "Quân đội nhân dân Việt Nam được thành lập ngày 22/12/1944.", ObservanceCalendar.Solar, 12, 22, 1944, ObservanceCategory.Organization, false),
        ("Tết Nguyên đán", "Tết cổ truyền của dân tộc, mùng 1 tháng Giêng âm lịch.", ObservanceCalendar.Lunar, 1, 1, null, ObservanceCategory.Traditional, false),
        ("Giỗ Tổ Hùng Vương", "Ngày 10 tháng 3 âm lịch.", ObservanceCalendar.Lunar, 3, 10, null, ObservanceCategory.Traditional, false),
        ("Tháng Công nhân", "Tháng 5 hằng năm, tổ chức công đoàn chăm lo cho đoàn viên, người lao động (từ năm 2010).", ObservanceCalendar.Solar, 5, 1, 2010, ObservanceCategory.Campaign, true),
        ("Tháng hành động về an toàn, vệ sinh lao động", "Tháng 5 hằng năm (từ năm 2017).", ObservanceCalendar.Solar, 5, 1, 2017, ObservanceCategory.Campaign, true),
    ];

    public static async Task SeedAsync(AppDbContext db, TimeProvider time, CancellationToken ct = default)
    {
        if (await db.Set<Observance>().AnyAsync(ct))
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        foreach (var d in Defaults)
        {
            db.Add(new Observance
            {
                Name = d.Name,
                Description = d.Description,
                Calendar = d.Calendar,
                Month = d.Month,
                Day = d.Day,
                FoundingYear = d.Founded,
                Category = d.Category,
                IsMonthLong = d.MonthLong,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }

        await db.SaveChangesAsync(ct);
    }
}
