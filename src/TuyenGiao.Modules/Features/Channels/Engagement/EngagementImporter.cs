using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Channels.Adapters;
using TuyenGiao.Modules.Features.Channels.Connect;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Domain;
using TuyenGiao.Modules.Features.Channels.Outbox;
using TuyenGiao.Modules.Features.Channels.Tokens;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Notifications.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Channels.Engagement;

/// <summary>
/// One pass of the engagement import: for every active Facebook Page and Zalo OA with posts
/// delivered in the last <see cref="EngagementOptions.WindowDays"/> days, reads the channel's followers
/// and each delivered post's figures and writes them as one reading (one <c>TakenAt</c>) of the time
/// series. Several nodes may run it at once: a node first takes the channel's lease (a conditional
/// UPDATE/INSERT on the <c>channels_throttles</c> row <c>engagement:{channelId}</c>), then checks
/// under the lease that the channel is due (its last reading older than ~ the interval), so a channel
/// is read once per interval across nodes. A channel's readings are written in one transaction or
/// not at all: a token error flips the channel to needsReauth (and tells its unit), a rate limit
/// records the platform's "slow down" (which the outbox respects too) and skips the channel this run.
/// </summary>
internal sealed class EngagementImporter(IServiceScopeFactory scopes, IOptions<EngagementOptions> options, TimeProvider time, ILogger<EngagementImporter> logger)
{
    private const string LeasePrefix = "engagement:";

    /// <summary>
    /// Reads every channel with recent deliveries. <paramref name="force"/> reads channels that are not
    /// due yet (an operator's "read now", tests); the lease still keeps two nodes apart.
    /// </summary>
    public async Task<EngagementRun> RunOnceAsync(bool force, CancellationToken ct)
    {
        List<long> channelIds;
        var since = time.GetUtcNow().UtcDateTime.AddDays(-Math.Max(1, options.Value.WindowDays));
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            channelIds = await db.Set<Delivery>().AsNoTracking()
                .Where(d => d.Status == DeliveryStatus.Published && d.RemoteId != null && d.PublishedAt >= since)
                .Join(
                    db.Set<Channel>().Where(c => c.Status == ChannelStatus.Active && (c.Kind == ChannelKind.FacebookPage || c.Kind == ChannelKind.ZaloOa)),
                    d => d.ChannelId,
                    c => c.Id,
                    (d, c) => c.Id)
                .Distinct()
                .ToListAsync(ct);
        }

        var run = new EngagementRun();
        foreach (var channelId in channelIds.Order())
        {
            EngagementOutcome outcome;
            try
            {
                outcome = await ImportChannelAsync(channelId, force, since, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Engagement import failed for channel {ChannelId}", channelId);
                outcome = EngagementOutcome.Failed;
            }

            run.Count(outcome);
        }

        logger.LogInformation("Engagement import: {Read} channels read, {Readings} figures, {Skipped} skipped, {Reauth} need re-authorisation, {Limited} rate-limited", run.Read, run.Readings, run.Skipped, run.Reauth, run.RateLimited);
        return run;
    }

    /// <summary>Reads one channel now (tests), whether due or not; the lease still applies.</summary>
    public async Task<EngagementRun> RunChannelAsync(long channelId, CancellationToken ct)
    {
        var run = new EngagementRun();
        run.Count(await ReadNowAsync(channelId, ct));
        return run;
    }

    /// <summary>
    /// Reads one channel now, whether due or not (an operator's "read figures now"): the lease still
    /// keeps two nodes or two clicks apart (<see cref="EngagementOutcome.Busy"/>), a platform's "slow
    /// down" is still respected.
    /// </summary>
    public Task<EngagementOutcome> ReadNowAsync(long channelId, CancellationToken ct) =>
        ImportChannelAsync(channelId, force: true, time.GetUtcNow().UtcDateTime.AddDays(-Math.Max(1, options.Value.WindowDays)), ct);

    /// <summary>The <c>channels_throttles</c> keys whose "slow down" stops reading the channel (the outbox's keys too).</summary>
    public static string[] ThrottleKeys(Channel channel) =>
        channel.Kind == ChannelKind.FacebookPage ? ["fb-app", "fb-page:" + channel.ExternalId] : ["zalo-oa:" + channel.ExternalId];

    private async Task<EngagementOutcome> ImportChannelAsync(long channelId, bool force, DateTime since, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        var key = LeasePrefix + channelId.ToString(CultureInfo.InvariantCulture);
        var lease = "engagement-" + Guid.NewGuid().ToString("N");
        if (!await TakeLeaseAsync(db, key, lease, ct))
        {
            return EngagementOutcome.Busy;
        }

        try
        {
            return await ReadAsync(sp, db, channelId, force, since, ct);
        }
        finally
        {
            var now = time.GetUtcNow().UtcDateTime;
            await db.Set<Throttle>().Where(t => t.Key == key && t.Reason == lease)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Until, now).SetProperty(t => t.Reason, "engagement-done"), CancellationToken.None);
        }
    }

    private async Task<bool> TakeLeaseAsync(AppDbContext db, string key, string lease, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var until = now.AddMinutes(Math.Max(1, options.Value.LeaseMinutes));
        var taken = await db.Set<Throttle>().Where(t => t.Key == key && t.Until <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Until, until).SetProperty(t => t.Reason, lease), ct);
        if (taken == 1)
        {
            return true;
        }

        if (await db.Set<Throttle>().AnyAsync(t => t.Key == key, ct))
        {
            return false; // another node is reading this channel
        }

        db.Add(new Throttle { Key = key, Until = until, Reason = lease });
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // another node inserted the lease first
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<EngagementOutcome> ReadAsync(IServiceProvider sp, AppDbContext db, long channelId, bool force, DateTime since, CancellationToken ct)
    {
        var started = time.GetUtcNow().UtcDateTime;
        var channel = await db.Set<Channel>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == channelId, ct);
        if (channel is null || channel.Status != ChannelStatus.Active || channel.Kind is not (ChannelKind.FacebookPage or ChannelKind.ZaloOa))
        {
            return EngagementOutcome.NotDue;
        }

        if (!force)
        {
            // Checked under the lease: a node that read the channel a moment ago has written its reading.
            var last = await db.Set<ChannelMetric>().Where(m => m.ChannelId == channelId).MaxAsync(m => (DateTime?)m.TakenAt, ct);
            if (last is { } l && l > started.AddMinutes(-0.9 * Math.Max(1, options.Value.IntervalMinutes)))
            {
                return EngagementOutcome.NotDue;
            }
        }

        var throttleKeys = ThrottleKeys(channel);
        if (await db.Set<Throttle>().AnyAsync(t => throttleKeys.Contains(t.Key) && t.Until > started, ct))
        {
            return EngagementOutcome.RateLimited; // the platform asked for quiet: not this run
        }

        var deliveries = await db.Set<Delivery>().AsNoTracking()
            .Where(d => d.ChannelId == channelId && d.Status == DeliveryStatus.Published && d.RemoteId != null && d.PublishedAt >= since)
            .OrderBy(d => d.Id)
            .Select(d => new { d.Id, RemoteId = d.RemoteId! })
            .ToListAsync(ct);
        var token = sp.GetRequiredService<TokenProtector>().Unprotect(channel.Kind, channel.AccessTokenProtected);
        var reader = channel.Kind == ChannelKind.FacebookPage
            ? (IReader)new FacebookReader(sp.GetRequiredService<FacebookEngagementClient>(), channel.ExternalId, token)
            : new ZaloReader(sp.GetRequiredService<ZaloOaClient>(), sp.GetRequiredService<ZaloTokenRefresher>(), channel.Id, token);

        var takenAt = started;
        var readings = new List<ChannelMetric>();
        var channelFigures = await reader.ChannelAsync(ct);
        if (channelFigures.Problem is { } problem)
        {
            return await StopAsync(db, sp, channel, problem, ct);
        }

        foreach (var (metric, value) in channelFigures.Figures)
        {
            readings.Add(new ChannelMetric { ChannelId = channelId, TakenAt = takenAt, Metric = metric, Value = value });
        }

        foreach (var delivery in deliveries)
        {
            var post = await reader.PostAsync(delivery.RemoteId, ct);
            if (post.Problem is { Outcome: SendOutcome.Failed } gone)
            {
                // The platform refuses this one post (deleted there, not ours any more): the others still count.
                logger.LogWarning("Engagement of delivery {DeliveryId} not read: {Code} {Detail}", delivery.Id, gone.ErrorCode, gone.Detail);
            }
            else if (post.Problem is { } postProblem)
            {
                return await StopAsync(db, sp, channel, postProblem, ct);
            }

            foreach (var (metric, value) in post.Figures)
            {
                readings.Add(new ChannelMetric { ChannelId = channelId, DeliveryId = delivery.Id, TakenAt = takenAt, Metric = metric, Value = value });
            }
        }

        // All of the channel's figures of this run, or none.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.AddRange(readings);
        await db.SaveChangesAsync(ct);
        var followerCount = channelFigures.Figures.Where(f => f.Metric == EngagementMetric.Followers).Select(f => (long?)f.Value).FirstOrDefault();
        if (followerCount is { } followers)
        {
            var count = (int)Math.Min(int.MaxValue, followers);
            await db.Set<Channel>().Where(c => c.Id == channelId)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Followers, count).SetProperty(c => c.FollowersAt, takenAt), ct);
        }

        await tx.CommitAsync(ct);
        return EngagementOutcome.Read(readings.Count);
    }

    /// <summary>Nothing of this run is written; a token error flips the channel, a rate limit is remembered.</summary>
    private async Task<EngagementOutcome> StopAsync(AppDbContext db, IServiceProvider sp, Channel channel, SendResult problem, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        db.ChangeTracker.Clear();
        switch (problem.Outcome)
        {
            case SendOutcome.Reauth:
                logger.LogWarning("Engagement of channel {ChannelId}: token refused ({Code}); the channel needs re-authorisation", channel.Id, problem.ErrorCode);
                await using (var tx = await db.Database.BeginTransactionAsync(ct))
                {
                    // The same flip as the outbox's: the caller that flips the channel tells the unit, once.
                    if (await ChannelReauth.FlipAsync(db, sp.GetRequiredService<INotifier>(), channel, now, ct))
                    {
                        await db.SaveChangesAsync(ct);
                    }

                    await tx.CommitAsync(ct);
                }

                return EngagementOutcome.Reauth;
            case SendOutcome.RateLimited:
                var until = now + (problem.RetryAfter ?? TimeSpan.FromMinutes(10));
                var key = problem.ThrottleKey ?? (channel.Kind == ChannelKind.FacebookPage ? "fb-page:" : "zalo-oa:") + channel.ExternalId;
                var row = await db.Set<Throttle>().FirstOrDefaultAsync(t => t.Key == key, ct);
                if (row is null)
                {
                    db.Add(new Throttle { Key = key, Until = until, Reason = problem.ErrorCode });
                }
                else if (row.Until < until)
                {
                    row.Until = until;
                    row.Reason = problem.ErrorCode;
                }

                try
                {
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException ex)
                {
                    logger.LogDebug(ex, "Throttle {Key} written by another node meanwhile", key);
                }

                logger.LogInformation("Engagement of channel {ChannelId} skipped: {Key} rate-limited until {Until:o}", channel.Id, key, until);
                return EngagementOutcome.RateLimited;
            default:
                logger.LogWarning("Engagement of channel {ChannelId} not read this run: {Code} {Detail}", channel.Id, problem.ErrorCode, problem.Detail);
                return EngagementOutcome.Failed;
        }
    }

    /// <summary>What one call read: figures, or the problem that stops the channel's run.</summary>
    private sealed record Reading(IReadOnlyList<(string Metric, long Value)> Figures, SendResult? Problem)
    {
        public static Reading Of(SendResult problem) => new([], problem);
    }

    private interface IReader
    {
        Task<Reading> ChannelAsync(CancellationToken ct);

        Task<Reading> PostAsync(string remoteId, CancellationToken ct);
    }

    private sealed class FacebookReader(FacebookEngagementClient graph, string pageId, string? token) : IReader
    {
        public async Task<Reading> ChannelAsync(CancellationToken ct)
        {
            if (token is null)
            {
                return Reading.Of(new SendResult(SendOutcome.Reauth, ErrorCode: "no-token"));
            }

            var (result, data) = await graph.PageAsync(pageId, token, ct);
            if (result.Outcome != SendOutcome.Published)
            {
                return Reading.Of(result);
            }

            var followers = Number(data, "followers_count") ?? Number(data, "fan_count");
            return new Reading(followers is { } f ? [(EngagementMetric.Followers, f)] : [], null);
        }

        public async Task<Reading> PostAsync(string remoteId, CancellationToken ct)
        {
            var (counts, data) = await graph.PostAsync(pageId, remoteId, token!, ct);
            if (counts.Outcome != SendOutcome.Published)
            {
                return Reading.Of(counts);
            }

            var values = new List<(string, long)>
            {
                (EngagementMetric.Reactions, Summary(data, "reactions")),
                (EngagementMetric.Comments, Summary(data, "comments")),
                (EngagementMetric.Shares, data.TryGetProperty("shares", out var s) ? Number(s, "count") ?? 0 : 0), // absent when nobody shared
            };
            var (insights, ins) = await graph.InsightsAsync(pageId, remoteId, token!, ct);
            if (insights.Outcome is SendOutcome.Reauth or SendOutcome.RateLimited or SendOutcome.Retry)
            {
                return Reading.Of(insights);
            }

            if (insights.Outcome == SendOutcome.Published && ins.TryGetProperty("data", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in list.EnumerateArray())
                {
                    var metric = item.TryGetProperty("name", out var n) ? n.GetString() : null;
                    var name = metric switch
                    {
                        "post_media_view" => EngagementMetric.Views,
                        "post_total_media_view_unique" => EngagementMetric.Viewers,
                        "post_clicks" => EngagementMetric.Clicks,
                        _ => null,
                    };
                    if (name is not null && item.TryGetProperty("values", out var vs) && vs.ValueKind == JsonValueKind.Array && vs.GetArrayLength() > 0
                        && Number(vs[vs.GetArrayLength() - 1], "value") is { } v)
                    {
                        values.Add((name, v));
                    }
                }
            }

            return new Reading(values, null);
        }

        private static long Summary(JsonElement data, string edge) =>
            data.TryGetProperty(edge, out var e) && e.TryGetProperty("summary", out var s) ? Number(s, "total_count") ?? 0 : 0;
    }

    private sealed class ZaloReader(ZaloOaClient zalo, ZaloTokenRefresher refresher, long channelId, string? token) : IReader
    {
        private string? current = token;
        private bool refreshed;

        public async Task<Reading> ChannelAsync(CancellationToken ct)
        {
            var (result, data) = await CallAsync("/v2.0/oa/getoa", ct);
            if (result.Outcome != SendOutcome.Published)
            {
                return Reading.Of(result);
            }

            return new Reading(Number(data, "num_follower") is { } f ? [(EngagementMetric.Followers, f)] : [], null);
        }

        public async Task<Reading> PostAsync(string remoteId, CancellationToken ct)
        {
            var (result, data) = await CallAsync("/v2.0/article/getdetail?id=" + Uri.EscapeDataString(remoteId), ct);
            if (result.Outcome != SendOutcome.Published)
            {
                return Reading.Of(result);
            }

            var values = new List<(string, long)>();
            foreach (var (field, metric) in new[] { ("total_view", EngagementMetric.Views), ("total_like", EngagementMetric.Likes), ("total_comment", EngagementMetric.Comments), ("total_share", EngagementMetric.Shares) })
            {
                if (Number(data, field) is { } v)
                {
                    values.Add((metric, v));
                }
            }

            return new Reading(values, null);
        }

        /// <summary>A refused token is refreshed once (single-flight per OA, as the outbox does) before the OA counts as needing re-authorisation.</summary>
        private async Task<(SendResult, JsonElement)> CallAsync(string path, CancellationToken ct)
        {
            if (current is null)
            {
                return (new SendResult(SendOutcome.Reauth, ErrorCode: "no-token"), default);
            }

            var answer = await zalo.CallAsync(HttpMethod.Get, path, current, null, isWrite: false, ct);
            if (answer.Result.Outcome == SendOutcome.Reauth && !refreshed)
            {
                refreshed = true;
                current = await refresher.RefreshAsync(channelId, current, ct);
                if (current is null)
                {
                    return answer;
                }

                answer = await zalo.CallAsync(HttpMethod.Get, path, current, null, isWrite: false, ct);
            }

            return answer;
        }
    }

    private static long? Number(JsonElement element, string property)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(property, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetInt64(out var n) => n,
            JsonValueKind.String when long.TryParse(value.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
    }
}
