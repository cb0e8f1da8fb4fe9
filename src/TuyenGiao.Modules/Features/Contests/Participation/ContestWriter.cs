using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Contests.Participation;

/// <summary>One write of the participant flow, run inside the batch's transaction.</summary>
internal abstract class ContestWrite
{
    private readonly TaskCompletionSource<object?> done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<object?> Completion => done.Task;

    /// <summary>Runs the statements; returns the result handed back after commit. Must not throw for expected conflicts (use ON CONFLICT / row counts).</summary>
    public abstract Task<object?> ExecuteAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct);

    public void Complete(object? result) => done.TrySetResult(result);

    public void Fail(Exception e) => done.TrySetException(e);
}

/// <summary>
/// Group commit for the opening rush: registrations, attempt starts, answers and submissions
/// queue here; one loop takes everything waiting (up to <see cref="ContestsOptions.MaxBatch"/>),
/// runs it in ONE transaction and commits (WAL + synchronous=FULL on SQLite: one fsync for the
/// lot), and only then completes each caller's task. Acknowledged therefore means committed.
/// When a batch fails as a whole, each write is retried in its own transaction so one bad
/// write cannot sink the others.
/// </summary>
internal sealed class ContestWriter(IServiceScopeFactory scopes, IOptions<ContestsOptions> options, ILogger<ContestWriter> logger) : BackgroundService
{
    private readonly Channel<ContestWrite> queue = Channel.CreateBounded<ContestWrite>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    /// <summary>Queues a write and waits for its commit.</summary>
    public async Task<object?> WriteAsync(ContestWrite write, CancellationToken ct = default)
    {
        if (!queue.Writer.TryWrite(write))
        {
            throw new AppProblemException(503, Messages.Get("ContestsBusy"));
        }

        // The caller's cancellation does not cancel the write: once queued it commits or fails as a whole.
        return await write.Completion.WaitAsync(ct);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<ContestWrite>(options.Value.MaxBatch);
        var reader = queue.Reader;
        while (await reader.WaitToReadAsync(CancellationToken.None))
        {
            batch.Clear();
            while (batch.Count < options.Value.MaxBatch && reader.TryRead(out var w))
            {
                batch.Add(w);
            }

            try
            {
                await RunAsync(batch);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogWarning(e, "A contest write batch of {Count} failed; retrying one by one", batch.Count);
                foreach (var w in batch)
                {
                    try
                    {
                        await RunAsync([w]);
                    }
                    catch (Exception one) when (one is not OutOfMemoryException)
                    {
                        w.Fail(one);
                    }
                }
            }

            if (stoppingToken.IsCancellationRequested && !reader.TryPeek(out _))
            {
                break;
            }
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private async Task RunAsync(List<ContestWrite> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var tx = await connection.BeginTransactionAsync();
            var results = new object?[batch.Count];
            for (var i = 0; i < batch.Count; i++)
            {
                results[i] = await batch[i].ExecuteAsync(connection, tx, CancellationToken.None);
            }

            await tx.CommitAsync();
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Complete(results[i]);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
