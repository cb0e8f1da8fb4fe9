using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TuyenGiao.Modules.Shared.Database;

/// <summary>
/// Every SQLite connection runs in WAL mode with synchronous=FULL (a write acknowledged to a
/// user survives a power cut), foreign keys on, and waits up to 30 s for a busy writer. Reads go
/// through a memory map of up to 2 GiB, SQLite's largest (pages shared through the OS cache
/// instead of copied into each connection's cache by a read() call: a broad full-text search reads
/// about a third faster; with 256 MiB, a database of 100,000 posts, ~720 MB, still read most of its
/// search index through read()). Address space only: the OS keeps what is actually touched.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public static readonly SqlitePragmaInterceptor Instance = new();

    private const string Pragmas = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=30000; PRAGMA mmap_size=2147418112;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        cmd.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = Pragmas;
        await cmd.ExecuteNonQueryAsync(cancellationToken);
    }
}
