using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Newsroom.Seeding;

/// <summary>The topics the article names, added once to an empty topic list; editable afterwards.</summary>
internal static class TopicSeeder
{
    private static readonly string[] Names =
    [
        "Quyền và lợi ích hợp pháp, chính đáng của đoàn viên, người lao động",
        "Sự kiện trọng đại của đất nước, địa phương",
        "Phong trào CNVCLĐ và hoạt động công đoàn",
        "Cách làm hay, điển hình tiêu biểu",
        "Phòng chống dịch bệnh",
        "Chính sách, pháp luật",
    ];

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (await db.Set<Topic>().AnyAsync(ct))
        {
            return;
        }

        var order = 0;
        foreach (var name in Names)
        {
            db.Add(new Topic { Name = name, Slug = VietnameseText.Slugify(name, 80), SortOrder = ++order });
        }

        await db.SaveChangesAsync(ct);
    }
}
