using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Planning.Domain;
using TuyenGiao.Modules.Features.Planning.ReportForms;

namespace TuyenGiao.Modules.Features.Planning.Campaigns;

/// <summary>
/// The four campaigns and programmes every federation runs, added once for each root federation
/// when there are none yet: Worker Month and the OSH Action Month of the current year, the
/// lifelong-learning programme for enterprise workers to 2030, and studying and following Hồ Chí
/// Minh's example. Seed data: Vietnamese proper names and labels.
/// </summary>
internal static class CampaignSeeder
{
    public static async Task SeedAsync(AppDbContext db, IOrgHierarchy hierarchy, TimeProvider time, CancellationToken ct = default)
    {
        if (await db.Set<Campaign>().AnyAsync(ct))
        {
            return;
        }

        var federations = (await hierarchy.GetRootsAsync(null, ct)).Where(u => u.Level == OrgLevel.Federation).ToList();
        if (federations.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var year = Shared.Time.VietnamTime.Today(time).Year;
        foreach (var federation in federations)
        {
            db.AddRange(
                Make(federation.Id, $"Tháng Công nhân năm {year}", "Tháng Công nhân: chăm lo đời sống, việc làm, thu nhập của đoàn viên, người lao động; đối thoại, thương lượng tập thể.", new DateOnly(year, 5, 1), new DateOnly(year, 5, 31), now,
                    ("hoat-dong", "Hoạt động, chương trình được tổ chức", "hoạt động", 700m),
                    ("tham-hoi", "Đoàn viên, người lao động được thăm hỏi, tặng quà", "người", 15000m),
                    ("doi-thoai", "Hội nghị đối thoại với người sử dụng lao động", "cuộc", 300m)),
                Make(federation.Id, $"Tháng hành động về an toàn, vệ sinh lao động năm {year}", "Tuyên truyền, huấn luyện và kiểm tra về an toàn, vệ sinh lao động tại doanh nghiệp, cơ quan, đơn vị.", new DateOnly(year, 5, 1), new DateOnly(year, 5, 31), now,
                    ("tuyen-truyen", "Buổi tuyên truyền, huấn luyện an toàn, vệ sinh lao động", "buổi", 500m),
                    ("nguoi-tham-gia", "Người lao động được tuyên truyền, huấn luyện", "người", 20000m),
                    ("kiem-tra", "Cuộc kiểm tra, giám sát", "cuộc", 200m)),
                Make(federation.Id, "Chương trình học tập suốt đời cho công nhân lao động trong doanh nghiệp đến năm 2030", "Khuyến khích, tạo điều kiện cho công nhân lao động học tập nâng cao trình độ, kỹ năng nghề.", new DateOnly(2021, 1, 1), new DateOnly(2030, 12, 31), now,
                    ("lop-hoc", "Lớp học, khóa bồi dưỡng được tổ chức", "lớp", 1000m),
                    ("nguoi-hoc", "Công nhân lao động tham gia học tập", "người", 30000m)),
                Make(federation.Id, "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong cán bộ, đoàn viên, người lao động.", new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), now,
                    ("hoi-nghi", "Hội nghị học tập, quán triệt chuyên đề", "cuộc", 650m),
                    ("dien-hinh", "Tập thể, cá nhân điển hình được biểu dương", "lượt", 500m),
                    ("mo-hinh", "Mô hình hay, cách làm hiệu quả", "mô hình", 100m)));
        }

        await db.SaveChangesAsync(ct);
    }

    private static Campaign Make(int ownerId, string name, string description, DateOnly from, DateOnly to, DateTime now, params (string Key, string Label, string Unit, decimal Target)[] indicators) => new()
    {
        OwnerUnitId = ownerId,
        Name = name,
        Description = description,
        StartsOn = from,
        EndsOn = to,
        Scope = RecipientScope.Subtree,
        IndicatorsJson = ReportForm.Serialize(indicators.Select(i => new ReportField(i.Key, i.Label, ReportFieldKind.Number, false, i.Unit, i.Target)).ToList()),
        CreatedAt = now,
        UpdatedAt = now,
    };
}
