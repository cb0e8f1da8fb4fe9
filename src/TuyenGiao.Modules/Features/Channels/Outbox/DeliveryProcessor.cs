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
        var claimed = await ClaimAsync(options.Value.Outbox.BatchSize, ct);
        await Parallel.ForEachAsync(
            claimed,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.Outbox.Parallelism), CancellationToken = ct },
            async (claim, token) => await ProcessGuardedAsync(claim.Id, claim.Token, token));
        return claimed.Count;
    }

    /// <summary>
    /// The worker's pass: keeps up to <c>Parallelism</c> deliveries in flight and claims more whenever
    /// half the slots are free, so a slow platform holds one slot rather than a whole batch. Returns
    /// when nothing due is left to claim and nothing is in flight; the count of deliveries handled.
    /// </summary>
    public async Task<int> PumpAsync(CancellationToken ct)
    {
        var o = options.Value.Outbox;
        var slots = Math.Max(1, o.Parallelism);
        var running = new HashSet<Task>();
        var handled = 0;
        var more = true;
        while (true)
        {
            if (more && running.Count <= slots / 2)
            {
                var want = Math.Min(Math.Max(1, o.BatchSize), slots - running.Count);
                var claimed = await ClaimAsync(want, ct);
                more = claimed.Count == want;
                handled += claimed.Count;
                foreach (var (id, token) in claimed)
                {
                    running.Add(ProcessGuardedAsync(id, token, ct));
                }
            }

            if (running.Count == 0)
            {
                return handled;
            }

            running.Remove(await Task.WhenAny(running));
        }
    }

    private async Task ProcessGuardedAsync(long id, Guid token, CancellationToken ct)
    {
        try
        {
            await ProcessAsync(id, token, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The lease runs out and the row is reconciled by a later pass.
            logger.LogError(ex, "Delivery {DeliveryId} failed to process", id);
        }
    }

    /// <summary>
    /// Due rows: waiting (pending, or unconfirmed and to be reconciled) and due, or left "sending"
    /// past their lease by a worker that died.
    /// </summary>
    private static IQueryable<Delivery> Due(AppDbContext db, DateTime now) =>
        db.Set<Delivery>().Where(d => ((d.Status == DeliveryStatus.Pending || d.Status == DeliveryStatus.Unconfirmed) && d.NextAttemptAt <= now)
            || (d.Status == DeliveryStatus.Sending && d.LeaseUntil < now));

    /// <summary>
    /// Claims up to <paramref name="max"/> due rows with one conditional UPDATE (the due condition is
    /// checked again by the UPDATE itself, so two workers never both get a row) under one claim token.
    /// A row that was not pending (unconfirmed, or a dead worker's) is marked to be reconciled first.
    /// </summary>
    private async Task<List<(long Id, Guid Token)>> ClaimAsync(int max, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var ids = await Due(db, now).AsNoTracking()
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
            .Take(max)
            .Select(d => d.Id)
            .ToListAsync(ct);
        if (ids.Count == 0)
        {
            return [];
        }

        var token = Guid.NewGuid();
        var lease = now.AddSeconds(options.Value.Outbox.LeaseSeconds);
        var rows = await Due(db, now).Where(d => ids.Contains(d.Id))
            .ExecuteUpdateAsync(
                s => s.SetProperty(d => d.ReconcileFirst, d => d.ReconcileFirst || d.Status != DeliveryStatus.Pending)
                    .SetProperty(d => d.Status, DeliveryStatus.Sending)
                    .SetProperty(d => d.ClaimToken, token)
                    .SetProperty(d => d.LeaseUntil, lease)
                    .SetProperty(d => d.UpdatedAt, now),
                ct);
        if (rows == 0)
        {
            return [];
        }

        var mine = rows == ids.Count
            ? ids
            : await db.Set<Delivery>().AsNoTracking().Where(d => ids.Contains(d.Id) && d.ClaimToken == token).Select(d => d.Id).ToListAsync(ct);
        return mine.Select(id => (id, token)).ToList();
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
                // Deliveries of the same channel fail together: the one that flips the channel tells the unit, once.
                await ChannelReauth.FlipAsync(db, notifier, channel, now, ct);
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
