using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using TuyenGiao.Modules.Features.Newsroom.Scheduling;
using TuyenGiao.Modules.Features.Newsroom.Workflow;

namespace TuyenGiao.IntegrationTests.Features.Newsroom;

/// <summary>Durable scheduling: the state is in the database, several workers publish each due post once, a restart catches up at once.</summary>
public abstract class ScheduledPublishingTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    [Fact]
    public async Task Two_schedulers_racing_over_the_same_due_posts_publish_each_exactly_once()
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        // Scheduling checks the chosen channels at once: two real channels of the posts' unit.
        long[] channels =
        [
            await Channels.ChannelsTestData.AddChannelAsync(app, tree.Grassroots, TuyenGiao.Modules.Features.Channels.Contracts.ChannelKind.Email, "bantin1@cd.test", null),
            await Channels.ChannelsTestData.AddChannelAsync(app, tree.Grassroots, TuyenGiao.Modules.Features.Channels.Contracts.ChannelKind.Email, "bantin2@cd.test", null),
        ];
        var ids = new List<long>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add(await ScheduleAsync(admin, tree.Grassroots, $"Bài hẹn giờ số {i}", channels));
        }

        await MakeDueAsync(ids);
        var observer = new CountingObserver();
        await using var s1 = app.Services.CreateAsyncScope();
        await using var s2 = app.Services.CreateAsyncScope();
        var w1 = Worker(s1.ServiceProvider, observer);
        var w2 = Worker(s2.ServiceProvider, observer);
        using var go = new ManualResetEventSlim();
        var results = await Task.WhenAll(
            Task.Run(async () => { go.Wait(); return await w1.RunDueAsync(CancellationToken.None); }),
            Task.Run(async () => { go.Wait(); return await w2.RunDueAsync(CancellationToken.None); }),
            Task.Run(() => { go.Set(); return 0; }));

        var mine = observer.Before.Where(e => ids.Contains(e.PostId)).ToList();
        Assert.Equal(ids.Count, mine.Count);
        Assert.Equal(ids.Order(), mine.Select(e => e.PostId).Order());
        Assert.All(mine, e => Assert.Equal(PostPublicationKind.Published, e.Kind));
        Assert.All(mine, e => Assert.Equal(channels, e.ChannelIds));
        Assert.Equal(ids.Count, observer.After.Count(e => ids.Contains(e.PostId)));
        Assert.True(results[0] + results[1] >= ids.Count);
        var statuses = await app.WithDbAsync(db => db.Set<Post>().Where(p => ids.Contains(p.Id)).Select(p => p.Status).ToListAsync());
        Assert.All(statuses, s => Assert.Equal(PostStatus.Published, s));
        var audits = await app.WithDbAsync(db => db.Set<TuyenGiao.Modules.Features.Identity.Data.AuditEntry>().CountAsync(a => a.Action == "newsroom.post-publish" && a.Details!.StartsWith("scheduler") && ids.Select(i => i.ToString()).Contains(a.EntityId!)));
        Assert.Equal(ids.Count, audits);

        // Running again (another poll, another worker) publishes nothing more.
        await using var s3 = app.Services.CreateAsyncScope();
        Assert.Equal(0, await Worker(s3.ServiceProvider, observer).RunDueAsync(CancellationToken.None));
        Assert.Equal(ids.Count, observer.Before.Count(e => ids.Contains(e.PostId)));
    }

    [Fact]
    public async Task A_post_that_fell_due_while_the_server_was_down_goes_live_on_the_first_poll_after_start()
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        var id = await ScheduleAsync(admin, tree.Grassroots, "Bài đến giờ khi máy chủ tắt", []);
        var notYet = await ScheduleAsync(admin, tree.Grassroots, "Bài còn chờ đến giờ", []);
        await MakeDueAsync([id]);

        // A fresh worker as a restarted server starts it; the next poll would be an hour away, so only the first poll can publish.
        var options = Options.Create(new NewsroomOptions { SchedulerEnabled = true, SchedulerPollSeconds = 300 });
        using var worker = new ScheduledPublishingService(app.Services.GetRequiredService<IServiceScopeFactory>(), options, TimeProvider.System, NullLogger<ScheduledPublishingService>.Instance);
        var started = DateTime.UtcNow;
        await worker.StartAsync(CancellationToken.None);
        try
        {
            PostStatus status;
            do
            {
                await Task.Delay(100);
                status = await app.WithDbAsync(db => db.Set<Post>().Where(p => p.Id == id).Select(p => p.Status).FirstAsync());
            }
            while (status != PostStatus.Published && DateTime.UtcNow - started < TimeSpan.FromSeconds(20));

            Assert.Equal(PostStatus.Published, status);
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(20));
            Assert.Equal(PostStatus.Scheduled, await app.WithDbAsync(db => db.Set<Post>().Where(p => p.Id == notYet).Select(p => p.Status).FirstAsync()));
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }

        var post = await admin.GetJsonAsync($"{PostsApi.Posts}/{id}");
        Assert.Equal("Published", post.Status());
    }

    private static ScheduledPublishingHandler Worker(IServiceProvider sp, CountingObserver observer)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var observers = new PublicationObservers([observer], NullLogger<PublicationObservers>.Instance);
        var publisher = new PostPublisher(db, observers, sp.GetRequiredService<IAuditLog>(), TimeProvider.System);
        return new ScheduledPublishingHandler(db, publisher, TimeProvider.System, NullLogger<ScheduledPublishingHandler>.Instance);
    }

    /// <summary>Writes, approves and schedules a post for tomorrow through the API.</summary>
    private static async Task<long> ScheduleAsync(HttpClient admin, int unitId, string title, long[] channels)
    {
        var post = await admin.CreatePostAsync(unitId, title);
        await admin.StepAsync(post.Id(), "submit");
        await admin.StepAsync(post.Id(), "approve");
        var scheduled = await admin.StepAsync(post.Id(), "publish", new { at = DateTimeOffset.UtcNow.AddDays(1), channelIds = channels });
        Assert.Equal("Scheduled", scheduled.Status());
        return post.Id();
    }

    /// <summary>Time passes: the posts' publication time is now a minute ago.</summary>
    private Task<int> MakeDueAsync(IReadOnlyList<long> ids) =>
        app.WithDbAsync(db => db.Set<Post>().Where(p => ids.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.PublishAt, DateTime.UtcNow.AddMinutes(-1))));
}

public sealed class ScheduledPublishingTests_Sqlite(NewsroomSqliteFixture app) : ScheduledPublishingTests<NewsroomSqliteFixture>(app);

public sealed class ScheduledPublishingTests_Postgres(NewsroomPostgresFixture app) : ScheduledPublishingTests<NewsroomPostgresFixture>(app);
