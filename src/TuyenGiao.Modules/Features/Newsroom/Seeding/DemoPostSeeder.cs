using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using TuyenGiao.Modules.Features.Newsroom.Media;
using TuyenGiao.Modules.Features.Newsroom.Media.Storage;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Text;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Newsroom.Seeding;

/// <summary>
/// About forty published posts for the demo portal over the last three weeks: two a day for the
/// federation on most days, one every few days for its upper-level unions. Runs once, on an
/// empty posts table, when the demo is seeded (<c>Seed:Demo</c>, default true) and an
/// administrator exists (the author).
/// </summary>
internal sealed class DemoPostSeeder(
    AppDbContext db,
    IOrgHierarchy hierarchy,
    IConfiguration configuration,
    IMediaStorage storage,
    IOptions<MediaOptions> mediaOptions,
    TimeProvider time,
    ILogger<DemoPostSeeder> logger)
{
    /// <summary>Days (back from today) on which the federation published only once.</summary>
    private static readonly int[] SingleDays = [4, 9, 14, 19];

    private static readonly TimeOnly[] Slots = [new(7, 30), new(15, 30)];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        if (!configuration.GetValue("Seed:Demo", true) || await db.Set<Post>().AnyAsync(ct))
        {
            return;
        }

        var roots = await hierarchy.GetRootsAsync(ct: ct);
        var topicRows = await db.Set<Topic>().OrderBy(t => t.SortOrder).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        var topics = topicRows.Select(t => t.Id).ToList();
        // The list, not FirstOrDefault in SQL: EF would wrap the raw ORDER BY and warn on every first start.
        var administrators = await db.Database
            .SqlQueryRaw<string>("SELECT \"UserId\" AS \"Value\" FROM identity_role_assignments WHERE \"Role\" = {0} AND \"UnitId\" IS NULL ORDER BY \"Id\"", (int)AppRole.Administrator)
            .ToListAsync(ct);
        var authorId = administrators.FirstOrDefault();
        if (roots.Count == 0 || topics.Count == 0 || authorId is null)
        {
            return;
        }

        var federation = roots[0];
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var covers = await new DemoCovers(db, storage, mediaOptions, time).CreateAsync(federation.Id, federation.Name, [.. topicRows.Select(t => (t.Id, t.Name))], ct);
        logger.LogInformation("Drew and stored {Count} demo cover images in {Elapsed} ms", covers.Count, (int)System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        var uppers = (await hierarchy.SearchAsync(null, [federation.Id], 40, ct)).Where(u => u.ParentId == federation.Id).Take(4).ToList();
        var now = time.GetUtcNow().UtcDateTime;
        var today = VietnamTime.Today(time);
        var federationItems = new Queue<DemoPostData.Item>(DemoPostData.Federation);
        var upperItems = new Queue<DemoPostData.Item>(DemoPostData.UpperUnions);
        var featured = 0;
        for (var daysBack = 0; daysBack < 21; daysBack++)
        {
            var day = today.AddDays(-daysBack);
            var count = SingleDays.Contains(daysBack) ? 1 : 2;
            for (var slot = 0; slot < count && federationItems.Count > 0; slot++)
            {
                var post = Build(federationItems.Dequeue(), federation.Id, day, Slots[slot], now, authorId, topics, covers);
                post.IsFeatured = slot == 0 && featured++ < 3;
                db.Add(post);
            }

            if (daysBack % 3 == 1 && upperItems.Count > 0 && uppers.Count > 0)
            {
                var unit = uppers[(daysBack / 3) % uppers.Count];
                db.Add(Build(upperItems.Dequeue(), unit.Id, day, new TimeOnly(10, 0), now, authorId, topics, covers));
            }
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Seeded {Count} demo posts", DemoPostData.Federation.Length - federationItems.Count + DemoPostData.UpperUnions.Length - upperItems.Count);
    }

    private static Post Build(DemoPostData.Item item, int unitId, DateOnly day, TimeOnly at, DateTime now, string authorId, List<int> topics, Dictionary<int, (long MediaId, string Alt)> covers)
    {
        var published = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(at, DateTimeKind.Unspecified), VietnamTime.Zone);
        if (published > now)
        {
            published = now.AddMinutes(-30 - (at.Hour * 7));
        }

        var post = new Post
        {
            UnitId = unitId,
            AuthorUserId = authorId,
            AuthorName = "Ban Tuyên giáo",
            Format = item.Title.StartsWith("Thông báo", StringComparison.Ordinal) ? PostFormat.Announcement : item.Body.Length > 200 ? PostFormat.Article : PostFormat.News,
            Status = PostStatus.Published,
            CreatedAt = published.AddHours(-3),
            SubmittedAt = published.AddHours(-2),
            ApprovedAt = published.AddHours(-1),
            ApprovedByUserId = authorId,
            PublishedAt = published,
            UpdatedAt = published,
            Version = 1,
            Slug = VietnameseText.Slugify(item.Title, 100),
            SourceCredit = "Ban Tuyên giáo",
        };
        foreach (var tag in item.Tags)
        {
            post.Tags.Add(new PostTag { Name = tag, Folded = VietnameseText.Fold(tag) });
        }

        var topicId = topics[Math.Clamp(item.Topic, 1, topics.Count) - 1];
        post.Topics.Add(new PostTopic { TopicId = topicId });
        if (covers.TryGetValue(topicId, out var cover))
        {
            post.CoverMediaId = cover.MediaId;
            post.CoverAlt = cover.Alt;
        }

        var body = $"<p>{System.Net.WebUtility.HtmlEncode(item.Body)}</p>"
            + "<p>Các cấp công đoàn tiếp tục đổi mới nội dung, phương thức hoạt động, hướng về cơ sở, lấy đoàn viên, người lao động làm trung tâm.</p>";
        post.SetContent(item.Title, item.Summary, body);
        return post;
    }
}
