using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Channels.Adapters;
using TuyenGiao.Modules.Features.Channels.Connect;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Domain;
using TuyenGiao.Modules.Features.Channels.Tokens;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Notifications.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Channels.Outbox;

/// <summary>
/// One pass of the outbox: claims due deliveries (a conditional UPDATE with a claim token and a
/// lease, so two workers never hold the same row), sends each through its adapter and records the
/// outcome. A row left in "sending" past its lease (its worker died) may have reached the platform:
/// it is reconciled before any new send. Idempotent: safe to run on several nodes at once.
/// </summary>
internal sealed class DeliveryProcessor(IServiceScopeFactory scopes, IOptions<ChannelsOptions> options, TimeProvider time, ILogger<DeliveryProcessor> logger)
{
    /// <summary>Claims and sends up to a batch; returns how many deliveries were handled.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var claimed = await ClaimAsync(ct);
        await Parallel.ForEachAsync(
            claimed,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.Outbox.Parallelism), CancellationToken = ct },
            async (claim, token) =>
            {
                try
                {
                    await ProcessAsync(claim.Id, claim.Token, token);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The lease runs out and the row is reconciled by the next pass.
                    logger.LogError(ex, "Delivery {DeliveryId} failed to process", claim.Id);
                }
            });
        return claimed.Count;
    }

    private async Task<List<(long Id, Guid Token)>> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var o = options.Value.Outbox;
        var candidates = await db.Set<Delivery>().AsNoTracking()
            .Where(d => ((d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Unconfirmed) && d.NextAttemptAt <= now)
                || (d.Status == DeliveryStatus.Sending && d.LeaseUntil < now))
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
            .Take(o.BatchSize)
            .Select(d => new { d.Id, d.Status, d.ClaimToken, d.ReconcileFirst })
            .ToListAsync(ct);
        var claimed = new List<(long, Guid)>();
        foreach (var c in candidates)
        {
            var token = Guid.NewGuid();
            var reconcile = c.ReconcileFirst || c.Status != DeliveryStatus.Pending;
            var oldToken = c.ClaimToken;
            var rows = await db.Set<Delivery>()
                .Where(d => d.Id == c.Id && d.Status == c.Status && d.ClaimToken == oldToken)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(d => d.Status, DeliveryStatus.Sending)
                        .SetProperty(d => d.ClaimToken, token)
                        .SetProperty(d => d.LeaseUntil, now.AddSeconds(o.LeaseSeconds))
                        .SetProperty(d => d.ReconcileFirst, reconcile)
                        .SetProperty(d => d.UpdatedAt, now),
                    ct);
            if (rows == 1)
            {
                claimed.Add((c.Id, token));
            }
        }

        return claimed;
    }

    private async Task ProcessAsync(long deliveryId, Guid claim, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        var delivery = await db.Set<Delivery>().FirstOrDefaultAsync(d => d.Id == deliveryId && d.ClaimToken == claim, ct);
        if (delivery is null)
        {
            return;
        }

        var channel = await db.Set<Channel>().FirstAsync(c => c.Id == delivery.ChannelId, ct);
        var notifier = sp.GetRequiredService<INotifier>();
        var started = time.GetUtcNow().UtcDateTime;
        var adapter = sp.GetServices<IChannelAdapter>().FirstOrDefault(a => a.Kind == channel.Kind);
        if (channel.Status == ChannelStatus.Inactive || adapter is null)
        {
            await SettleAsync(db, notifier, delivery, channel, started, new SendResult(SendOutcome.Failed, ErrorCode: "channel-inactive", ErrorKey: "ChannelsErrorChannelInactive"), "failed", ct);
            return;
        }

        if (channel.Status == ChannelStatus.NeedsReauth)
        {
            await SettleAsync(db, notifier, delivery, channel, started, new SendResult(SendOutcome.Reauth, ErrorCode: "needs-reauth", ErrorKey: "ChannelsErrorNeedsReauth"), "reauth", ct);
            return;
        }

        var tokens = sp.GetRequiredService<TokenProtector>();
        var target = new ChannelTarget(
            channel.Id,
            channel.UnitId,
            channel.Kind,
            channel.ExternalId,
            channel.Name,
            tokens.Unprotect(channel.Kind, channel.AccessTokenProtected),
            null);
        if (channel.Kind == ChannelKind.ZaloOa)
        {
            var refresher = sp.GetRequiredService<ZaloTokenRefresher>();
            var stale = target.AccessToken;
            target = target with { RefreshAsync = c => refresher.RefreshAsync(channel.Id, stale, c) };
        }

        var keys = adapter.ThrottleKeys(target);
        var throttle = keys.Count == 0 ? null : await db.Set<Throttle>().AsNoTracking()
            .Where(t => keys.Contains(t.Key) && t.Until > started).OrderByDescending(t => t.Until).FirstOrDefaultAsync(ct);
        if (throttle is not null)
        {
            // Deferred without an attempt: the platform asked for quiet.
            delivery.Status = delivery.ReconcileFirst ? DeliveryStatus.Unconfirmed : DeliveryStatus.Pending;
            delivery.NextAttemptAt = throttle.Until.AddMilliseconds(Random.Shared.Next(0, 2000));
            Release(delivery, started);
            await SaveAsync(db, ct);
            return;
        }

        var content = await sp.GetRequiredService<IPostContent>().GetAsync(delivery.PostId, ct);
        if (content is null || content.Status != PostStatus.Published)
        {
            delivery.Status = DeliveryStatus.Cancelled;
            delivery.LastError = Messages.Get("ChannelsCancelledWithdrawn");
            Release(delivery, started);
            await SaveAsync(db, ct);
            return;
        }

        var rendered = await sp.GetRequiredService<ChannelRenderer>().RenderAsync(content, ct);
        var problems = ChannelRenderer.Problems(channel.Kind, rendered);
        if (problems.Count > 0)
        {
            await SettleAsync(db, notifier, delivery, channel, started, new SendResult(SendOutcome.Failed, ErrorCode: "limits", Detail: string.Join(" ", problems)), "failed", ct);
            return;
        }

        if (delivery.ReconcileFirst)
        {
            var found = await adapter.ReconcileAsync(target, rendered, ct);
            if (found.Error is { } readError)
            {
                await SettleAsync(db, notifier, delivery, channel, started, readError, "reconcileError", ct);
                return;
            }

            if (found.Found)
            {
                await SettleAsync(db, notifier, delivery, channel, started, SendResult.Ok(found.RemoteId), "reconciledFound", ct);
                return;
            }

            Record(db, delivery, started, "reconciledMissing", null, null, null);
            delivery.ReconcileFirst = false;
        }

        var result = await adapter.SendAsync(target, rendered, ct);
        await SettleAsync(db, notifier, delivery, channel, started, result, Outcome(result.Outcome), ct);
    }

    private async Task SettleAsync(AppDbContext db, INotifier notifier, Delivery delivery, Channel channel, DateTime started, SendResult result, string outcome, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var o = options.Value.Outbox;
        var error = result.ErrorKey is { } key ? Messages.Get(key) : result.Detail;
        if (result.Outcome != SendOutcome.Published && result.ErrorKey is not null && result.Detail is not null && result.ErrorCode == "limits")
        {
            error = result.Detail;
        }

        Record(db, delivery, started, outcome, result.ErrorCode, error, result.Detail);
        switch (result.Outcome)
        {
            case SendOutcome.Published:
                delivery.Status = DeliveryStatus.Published;
                delivery.RemoteId = result.RemoteId;
                delivery.PublishedAt = now;
                delivery.ReconcileFirst = false;
                delivery.LastError = null;
                delivery.LastErrorCode = null;
                break;
            case SendOutcome.RateLimited:
                var until = now + (result.RetryAfter ?? TimeSpan.FromSeconds(o.RateLimitSeconds));
                if (result.ThrottleKey is { } tk)
                {
                    var row = await db.Set<Throttle>().FirstOrDefaultAsync(t => t.Key == tk, ct);
                    if (row is null)
                    {
                        db.Add(new Throttle { Key = tk, Until = until, Reason = result.ErrorCode });
                    }
                    else if (row.Until < until)
                    {
                        row.Until = until;
                        row.Reason = result.ErrorCode;
                    }

                    if (tk.StartsWith("fb-page:", StringComparison.Ordinal) || tk.StartsWith("zalo-oa:", StringComparison.Ordinal))
                    {
                        channel.DeferredUntil = until;
                    }
                }

                delivery.Status = delivery.ReconcileFirst ? DeliveryStatus.Unconfirmed : DeliveryStatus.Pending;
                delivery.NextAttemptAt = until.AddMilliseconds(Random.Shared.Next(0, 5000));
                Fail(delivery, result, error);
                break;
            case SendOutcome.Retry:
                delivery.AttemptCount++;
                Fail(delivery, result, error);
                if (delivery.AttemptCount >= o.MaxAttempts)
                {
                    delivery.Status = DeliveryStatus.Failed;
                }
                else
                {
                    delivery.Status = delivery.ReconcileFirst ? DeliveryStatus.Unconfirmed : DeliveryStatus.Pending;
                    delivery.NextAttemptAt = now + Backoff(delivery.AttemptCount);
                }

                break;
            case SendOutcome.Unconfirmed:
                delivery.AttemptCount++;
                Fail(delivery, result, error);
                delivery.ReconcileFirst = true;
                delivery.Status = DeliveryStatus.Unconfirmed;
                delivery.NextAttemptAt = now + Backoff(1);
                break;
            case SendOutcome.Reauth:
                Fail(delivery, result, error);
                delivery.Status = DeliveryStatus.NeedsReauth;
                // Deliveries of the same channel fail together: the one whose conditional update flips
                // the channel tells the unit, once.
                var flipped = await db.Set<Channel>()
                    .Where(c => c.Id == channel.Id && c.Status != ChannelStatus.NeedsReauth)
                    .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ChannelStatus.NeedsReauth).SetProperty(c => c.UpdatedAt, now), ct);
                if (flipped == 1)
                {
                    await notifier.NotifyUnitAsync(
                        channel.UnitId,
                        new Notice(
                            "channels.reauth",
                            Messages.Get("ChannelsReauthNoticeTitle", channel.Name),
                            Messages.Get("ChannelsReauthNoticeBody", channel.Name),
                            "/quan-tri/kenh-truyen-thong?unitId=" + channel.UnitId.ToString(CultureInfo.InvariantCulture),
                            string.Create(CultureInfo.InvariantCulture, $"channels.reauth:{channel.Id}:{now:yyyyMMddHHmm}"),
                            Permission.ApproveContent),
                        ct);
                }

                break;
            default:
                delivery.AttemptCount++;
                Fail(delivery, result, error);
                delivery.Status = DeliveryStatus.Failed;
                break;
        }

        Release(delivery, now);
        await SaveAsync(db, ct);
    }

    private static void Fail(Delivery delivery, SendResult result, string? error)
    {
        delivery.LastErrorCode = result.ErrorCode;
        delivery.LastError = error is { Length: > 2000 } ? error[..2000] : error;
    }

    private static void Release(Delivery delivery, DateTime now)
    {
        delivery.ClaimToken = null;
        delivery.LeaseUntil = null;
        delivery.UpdatedAt = now;
    }

    private void Record(AppDbContext db, Delivery delivery, DateTime started, string outcome, string? code, string? error, string? detail) =>
        db.Add(new DeliveryAttempt
        {
            DeliveryId = delivery.Id,
            StartedAt = started,
            FinishedAt = time.GetUtcNow().UtcDateTime,
            Outcome = outcome,
            ErrorCode = code,
            Error = error is { Length: > 2000 } ? error[..2000] : error,
            Detail = detail is { Length: > 2000 } ? detail[..2000] : detail,
        });

    /// <summary>Exponential back-off with full jitter, capped.</summary>
    private TimeSpan Backoff(int attempt)
    {
        var o = options.Value.Outbox;
        var ceiling = Math.Min(o.BackoffMaxSeconds, o.BackoffBaseSeconds * Math.Pow(2, Math.Max(0, attempt - 1)));
        return TimeSpan.FromSeconds((ceiling / 2) + (Random.Shared.NextDouble() * ceiling / 2));
    }

    private static string Outcome(SendOutcome outcome) => outcome switch
    {
        SendOutcome.Published => "published",
        SendOutcome.Retry => "retry",
        SendOutcome.RateLimited => "rateLimited",
        SendOutcome.Unconfirmed => "unconfirmed",
        SendOutcome.Reauth => "reauth",
        _ => "failed",
    };

    /// <summary>Saves unless another worker took the row over (its lease ran out): then this result is dropped.</summary>
    private async Task SaveAsync(AppDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            logger.LogWarning(ex, "A delivery's claim was taken over before its result was saved");
        }
    }
}
