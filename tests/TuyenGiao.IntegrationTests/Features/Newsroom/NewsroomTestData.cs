using Microsoft.EntityFrameworkCore;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Newsroom.Cadence;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;

namespace TuyenGiao.IntegrationTests.Features.Newsroom;

/// <summary>Posts and cadence targets written straight into the database (the posts API is built elsewhere).</summary>
internal static class NewsroomTestData
{
    /// <summary>A post of <paramref name="unitId"/> with the given status, published at the Vietnam-time moment given.</summary>
    public static Task AddPostAsync(this AppFixture app, int unitId, DateOnly localDay, int localHour, int localMinute = 0, PostStatus status = PostStatus.Published) =>
        app.WithDbAsync(async db =>
        {
            var author = await db.Users.Where(u => u.Email == AppFixture.AdminEmail).Select(u => u.Id).SingleAsync();
            var post = new Post
            {
                UnitId = unitId,
                AuthorUserId = author,
                AuthorName = "Người thử",
                Status = status,
                Slug = "bai-thu-" + Guid.NewGuid().ToString("N")[..8],
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
            };
            post.SetContent("Bài thử nhịp đăng", null, "<p>Nội dung</p>");
            post.PublishedAt = CadenceService.LocalMidnightUtc(localDay).AddHours(localHour).AddMinutes(localMinute);
            db.Add(post);
            await db.SaveChangesAsync();
            return true;
        });

    public static Task AddTargetAsync(this AppFixture app, int unitId, int postsPerDay, DateOnly validFrom, int? warnAtHour = null) =>
        app.WithDbAsync(async db =>
        {
            db.Add(new CadenceTarget { UnitId = unitId, PostsPerDay = postsPerDay, ValidFrom = validFrom, WarnAtHour = warnAtHour, UpdatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return true;
        });
}
