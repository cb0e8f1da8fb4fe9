using System.Net.Http.Json;
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
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<AppFixture, Task<HttpClient>> Admins = [];

    /// <summary>The administrator's signed-in client, one per app (signing in hashes a password: not on every call).</summary>
    public static Task<HttpClient> AdminAsync(AppFixture app) => Admins.GetValue(app, a => a.AdminAsync());

    /// <summary>
    /// Publishes through the real API, <c>POST /api/v1/posts/{id}/publish {"channelIds":[..]}</c> as the
    /// administrator: the newsroom's workflow with every IPostPublicationObserver in its transaction.
    /// </summary>
    public static async Task PublishAsync(AppFixture app, long postId, params long[] channelIds)
    {
        using var response = await PublishResponseAsync(app, postId, channelIds);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Publishing post {postId} answered {(int)response.StatusCode}: {text}");
    }

    /// <summary>The publish call's raw answer (for the refusal cases).</summary>
    public static async Task<HttpResponseMessage> PublishResponseAsync(AppFixture app, long postId, IReadOnlyList<long> channelIds, DateTimeOffset? at = null)
    {
        var client = await AdminAsync(app);
        return await client.PostAsJsonAsync($"/api/v1/posts/{postId}/publish", new { channelIds, at });
    }

    /// <summary>Every string of a JSON answer (problem details' title, detail, errors), unescaped, for Vietnamese assertions.</summary>
    public static string Text(System.Text.Json.JsonElement json) => json.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String => json.GetString() + "\n",
        System.Text.Json.JsonValueKind.Object => string.Concat(json.EnumerateObject().Select(p => Text(p.Value))),
        System.Text.Json.JsonValueKind.Array => string.Concat(json.EnumerateArray().Select(Text)),
        _ => string.Empty,
    };

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
