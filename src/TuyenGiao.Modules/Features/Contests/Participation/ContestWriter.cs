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
    public abstract Task<object?> ExecuteAsync(WriteSession session, CancellationToken ct);

    public void Complete(object? result) => done.TrySetResult(result);

    public void Fail(Exception e) => done.TrySetException(e);
}

/// <summary>
/// Group commit for the opening rush: registrations, attempt starts, answers and submissions
/// queue here; a loop takes everything waiting (up to <see cref="ContestsOptions.MaxBatch"/>),
/// runs it in ONE transaction and commits (WAL + synchronous=FULL on SQLite: one fsync for the
/// lot), and only then completes each caller's task. Acknowledged therefore means committed.
/// When a batch fails as a whole, each write is retried in its own transaction so one bad
/// write cannot sink the others. SQLite runs one loop (it has one writer); PostgreSQL several
/// (<see cref="ContestsOptions.Writers"/>), so one batch's round trips and fsync overlap the next.
/// </summary>
internal sealed class ContestWriter(IServiceScopeFactory scopes, IOptions<ContestsOptions> options, ILogger<ContestWriter> logger) : BackgroundService
{

    private readonly Channel<ContestWrite> queue = Channel.CreateBounded<ContestWrite>(new BoundedChannelOptions(options.Value.QueueCapacity)
    {
        SingleReader = options.Value.Writers == 1,
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
        var loops = options.Value.Writers;
        if (loops <= 0)
        {
            // SQLite has one writer whatever we do; PostgreSQL commits in parallel, and each loop
            // waits on its own round trips and fsync.
            await using var scope = scopes.CreateAsyncScope();
            loops = scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.IsSqlite() ? 1 : 4;
        }

        await Task.WhenAll(Enumerable.Range(0, loops).Select(_ => Task.Run(() => LoopAsync(stoppingToken), CancellationToken.None)));
    }

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        WriteSession? session = null;
        var batch = new List<ContestWrite>(options.Value.MaxBatch);
        var reader = queue.Reader;
        try
        {
            while (await reader.WaitToReadAsync(CancellationToken.None))
            {
                batch.Clear();
                while (batch.Count < options.Value.MaxBatch && reader.TryRead(out var w))
                {
                    batch.Add(w);
                }

                if (batch.Count == 0)
                {
                    continue;
                }

                try
                {
                    session ??= await WriteSession.OpenAsync(scopes);
                    await RunAsync(session, batch);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    logger.LogWarning(e, "A contest write batch of {Count} failed; retrying one by one", batch.Count);
                    session = await DropAsync(session);
                    foreach (var w in batch)
                    {
                        try
                        {
                            session ??= await WriteSession.OpenAsync(scopes);
                            await RunAsync(session, [w]);
                        }
                        catch (Exception one) when (one is not OutOfMemoryException)
                        {
                            session = await DropAsync(session);
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
        finally
        {
            await DropAsync(session);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    private static async Task RunAsync(WriteSession session, List<ContestWrite> batch)
    {
        // One connection per writer loop for its life: no pool round trip and no connection
        // pragmas per batch, and the hot statements stay prepared (see WriteSession).
        await session.BeginAsync();
        var results = new object?[batch.Count];
        try
        {
            for (var i = 0; i < batch.Count; i++)
            {
                results[i] = await batch[i].ExecuteAsync(session, CancellationToken.None);
            }

            await session.CommitAsync();
        }
        catch
        {
            await session.RollbackAsync();
            throw;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Complete(results[i]);
        }
    }

    private static async Task<WriteSession?> DropAsync(WriteSession? session)
    {
        if (session is not null)
        {
            await session.DisposeAsync();
        }

        return null;
    }
}

/// <summary>
/// The writer's connection, its open transaction and its statements: each distinct SQL text gets
/// one command, created once and reused with new parameter values (prepared once on SQLite, where
/// compiling the statement is a large part of a small write's cost).
/// </summary>
internal sealed class WriteSession : IAsyncDisposable
{
    private readonly AsyncServiceScope scope;
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);
    private readonly bool prepare;

    private WriteSession(AsyncServiceScope scope, DbConnection connection)
    {
        this.scope = scope;
        Connection = connection;
        prepare = connection is Microsoft.Data.Sqlite.SqliteConnection;
    }

    public DbConnection Connection { get; }

    public DbTransaction? Transaction { get; private set; }

    public static async Task<WriteSession> OpenAsync(IServiceScopeFactory scopes)
    {
        var scope = scopes.CreateAsyncScope();
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Database.OpenConnectionAsync();
            return new WriteSession(scope, db.Database.GetDbConnection());
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    public async Task BeginAsync() => Transaction = await Connection.BeginTransactionAsync();

    public async Task CommitAsync()
    {
        await Transaction!.CommitAsync();
        await Transaction.DisposeAsync();
        Transaction = null;
    }

    public async Task RollbackAsync()
    {
        if (Transaction is not null)
        {
            try
            {
                await Transaction.RollbackAsync();
            }
            finally
            {
                await Transaction.DisposeAsync();
                Transaction = null;
            }
        }
    }

    /// <summary>The command for <paramref name="sql"/> with these values; the same SQL text must always come with the same parameter names in the same order.</summary>
    public DbCommand Command(string sql, (string Name, object? Value)[] args)
    {
        if (!commands.TryGetValue(sql, out var cmd))
        {
            cmd = Connection.CreateCommand();
            cmd.CommandText = sql;
            foreach (var (name, value) in args)
            {
                var p = cmd.CreateParameter();
                p.ParameterName = name;
                p.Value = value ?? DBNull.Value;
                cmd.Parameters.Add(p);
            }

            cmd.Transaction = Transaction;
            if (prepare)
            {
                cmd.Prepare();
            }

            commands[sql] = cmd;
            return cmd;
        }

        cmd.Transaction = Transaction;
        for (var i = 0; i < args.Length; i++)
        {
            cmd.Parameters[i].Value = args[i].Value ?? DBNull.Value;
        }

        return cmd;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var cmd in commands.Values)
        {
            await cmd.DisposeAsync();
        }

        commands.Clear();
        await RollbackAsync();
        await scope.DisposeAsync();
    }
}
