using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Coverage;
using TuyenGiao.Modules.Features.Channels.Domain;
using TuyenGiao.Modules.Features.Channels.Outbox;
using TuyenGiao.Modules.Features.Channels.Tokens;
using TuyenGiao.Modules.Features.Identity.Data;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using TuyenGiao.Modules.Features.Organization.Contracts;

namespace TuyenGiao.IntegrationTests.Features.Channels;

/// <summary>Intent methods for the channel tests: units, posts, channels, a publication through the observers, worker passes.</summary>
internal static class ChannelsTestData
{
    /// <summary>
    /// Publishes through the newsroom's contract (status + every IPostPublicationObserver inside one
    /// transaction) — what <c>POST /api/v1/posts/{id}/publish {"channelIds":[..]}</c> does once the
    /// newsroom's endpoint is merged; switch this helper to that call then.
    /// </summary>
    public static async Task PublishAsync(AppFixture app, long postId, params long[] channelIds)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var observers = scope.ServiceProvider.GetServices<IPostPublicationObserver>().ToList();
        await using var tx = await db.Database.BeginTransactionAsync();
        var post = await db.Set<Post>().FirstAsync(p => p.Id == postId);
        post.Status = PostStatus.Published;
        post.PublishedAt = DateTime.UtcNow;
        post.Version++;
        var evt = new PostPublicationEvent(PostPublicationKind.Published, post.Id, post.UnitId, post.Title, PostLinks.PostPath(post.Id, post.Slug), post.PublishedAt.Value, channelIds, null);
        foreach (var observer in observers)
        {
            await observer.BeforeCommitAsync(evt, CancellationToken.None);
        }

        await db.SaveChangesAsync();
        await tx.CommitAsync();
        foreach (var observer in observers)
        {
            await observer.AfterCommitAsync(evt, CancellationToken.None);
        }
    }

    public static async Task<int> FederationIdAsync(AppFixture app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IOrgHierarchy>().GetRootsAsync())[0].Id;
    }

    public static async Task<IReadOnlyList<int>> UnitsAsync(AppFixture app, OrgLevel level)
    {
        var root = await FederationIdAsync(app);
        await using var scope = app.Services.CreateAsyncScope();
        var units = await scope.ServiceProvider.GetRequiredService<SubtreeUnits>().ListAsync(root, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)), CancellationToken.None);
        return units.Where(u => u.Level == (int)level).Select(u => u.UnitId).OrderBy(i => i).ToList();
    }

    public static Task<long> CreatePostAsync(AppFixture app, int unitId, string title) => app.WithDbAsync(async db =>
    {
        var author = await db.Set<AppUser>().Select(u => u.Id).FirstAsync();
        var post = new Post { UnitId = unitId, AuthorUserId = author, AuthorName = "Ban Tuyên giáo", Status = PostStatus.Approved, CreatedAt = DateTime.UtcNow, UpdatedAt = DateTime.UtcNow };
        post.SetContent(title, "Tóm tắt: " + title, "<p>Nội dung bài <strong>" + title + "</strong> về hoạt động công đoàn.</p>");
        post.Slug = "bai-" + Guid.NewGuid().ToString("N")[..8];
        db.Add(post);
        await db.SaveChangesAsync();
        return post.Id;
    });

    public static async Task<long> AddChannelAsync(AppFixture app, int unitId, ChannelKind kind, string externalId, string? token, string? refresh = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tokens = scope.ServiceProvider.GetRequiredService<TokenProtector>();
        var channel = new Channel
        {
            UnitId = unitId,
            Kind = kind,
            ExternalId = externalId,
            Name = kind + " " + externalId,
            Status = token is null && kind is ChannelKind.FacebookPage or ChannelKind.ZaloOa ? ChannelStatus.NeedsReauth : ChannelStatus.Active,
            AccessTokenProtected = tokens.Protect(kind, token),
            RefreshTokenProtected = tokens.Protect(kind, refresh),
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        db.Add(channel);
        await db.SaveChangesAsync();
        return channel.Id;
    }

    /// <summary>Runs worker passes until nothing due is left (or <paramref name="maxPasses"/>).</summary>
    public static async Task DrainAsync(AppFixture app, int maxPasses = 20)
    {
        var processor = app.Services.GetRequiredService<DeliveryProcessor>();
        for (var i = 0; i < maxPasses && await processor.RunOnceAsync(CancellationToken.None) > 0; i++)
        {
        }
    }

    public static Task<List<Delivery>> DeliveriesAsync(AppFixture app, long postId) =>
        app.WithDbAsync(db => db.Set<Delivery>().AsNoTracking().Where(d => d.PostId == postId).OrderBy(d => d.Id).ToListAsync());

    /// <summary>Makes every delivery of the post due now (skips the back-off wait).</summary>
    public static Task<int> MakeDueAsync(AppFixture app, long postId) =>
        app.WithDbAsync(db => db.Set<Delivery>().Where(d => d.PostId == postId).ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptAt, DateTime.UtcNow.AddSeconds(-1))));
}
