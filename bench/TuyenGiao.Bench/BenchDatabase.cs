using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Database;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Bench;

/// <summary>
/// A generated SQLite hierarchy of 130,001 units: one federation, 100 upper-level unions, 1,299
/// grassroots unions under each. With history: 40 upper unions renamed on 01/01/2024 and 3,000
/// grassroots unions moved to another upper union on 01/07/2025, so units have several versions.
/// The schema is the application's own model (indexes included). Built once, then reused.
/// </summary>
internal static class BenchDatabase
{
    public const int Uppers = 100;
    public const int GrassrootsPerUpper = 1299;
    public const int Renamed = 40;
    public const int Moved = 3000;
    public const int FederationId = 1;

    public static readonly DateOnly Start = new(2020, 1, 1);
    public static readonly DateOnly RenameDate = new(2024, 1, 1);
    public static readonly DateOnly MoveDate = new(2025, 7, 1);
    private static readonly DateOnly OpenEnd = new(9999, 12, 31);

    /// <summary>Bump when the generated shape changes, so an old file is not reused.</summary>
    private const string Version = "v1";

    public static string Path => Environment.GetEnvironmentVariable("TUYENGIAO_BENCH_DB")
        ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tuyengiao-bench", $"org-130k-{Version}.db");

    public static string ConnectionString(string path) => new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();

    public static async Task<string> EnsureAsync()
    {
        var path = Path;
        if (File.Exists(path))
        {
            return path;
        }

        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var building = path + ".building";
        File.Delete(building);
        var watch = Stopwatch.StartNew();
        Console.WriteLine($"Generating the 130,000-unit hierarchy in {path} …");

        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseServiceCollectionExtensions.ConfigureSqlite(options, ConnectionString(building));
        await using (var db = new AppDbContext(options.Options))
        {
            await db.Database.EnsureCreatedAsync();
        }

        await using (var conn = new SqliteConnection(ConnectionString(building)))
        {
            await conn.OpenAsync();
            await ExecAsync(conn, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
            await using var tx = (SqliteTransaction)await conn.BeginTransactionAsync();
            await FillAsync(conn, tx);
            await tx.CommitAsync();
            await ExecAsync(conn, "PRAGMA wal_checkpoint(TRUNCATE);");
        }

        SqliteConnection.ClearAllPools();
        File.Move(building, path);
        foreach (var suffix in new[] { "-wal", "-shm" })
        {
            File.Delete(building + suffix);
        }

        Console.WriteLine($"Generated in {watch.Elapsed.TotalSeconds:F1} s.");
        return path;
    }

    private static async Task FillAsync(SqliteConnection conn, SqliteTransaction tx)
    {
        var kinds = new (int Id, string Code, string Name, OrgLevel Level)[]
        {
            (1, "Federation", "Liên đoàn Lao động tỉnh, thành phố", OrgLevel.Federation),
            (2, "DistrictFederation", "Liên đoàn Lao động huyện, thành phố", OrgLevel.UpperUnion),
            (3, "SectorUnion", "Công đoàn ngành", OrgLevel.UpperUnion),
            (4, "IndustrialZoneUnion", "Công đoàn các Khu công nghiệp", OrgLevel.UpperUnion),
            (5, "CommuneUnion", "Công đoàn xã, phường", OrgLevel.UpperUnion),
            (6, "GrassrootsUnion", "Công đoàn cơ sở", OrgLevel.GrassrootsUnion),
            (7, "UnionGroup", "Tổ công đoàn", OrgLevel.UnionGroup),
        };
        await using (var kind = Command(conn, tx, "INSERT INTO org_unit_kinds (Id, Code, Name, NameEn, Level, SortOrder, IsActive) VALUES ($id, $code, $name, NULL, $level, $id, 1)", "$id", "$code", "$name", "$level"))
        {
            foreach (var k in kinds)
            {
                await RunAsync(kind, k.Id, k.Code, k.Name, (int)k.Level);
            }
        }

        await using var unit = Command(conn, tx, "INSERT INTO org_units (Id, Code, CreatedAt) VALUES ($id, $code, $at)", "$id", "$code", "$at");
        await using var version = Command(
            conn,
            tx,
            "INSERT INTO org_unit_versions (UnitId, ValidFrom, ValidTo, Name, ShortName, SearchText, KindId, ParentId, Path, Depth, MemberCount) " +
            "VALUES ($unit, $from, $to, $name, $name, $search, $kind, $parent, $path, $depth, $members)",
            "$unit", "$from", "$to", "$name", "$search", "$kind", "$parent", "$path", "$depth", "$members");
        var random = new Random(130_000);
        var createdAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        async Task AddVersionAsync(int id, DateOnly from, DateOnly to, string name, int kindId, int? parent, string path, int depth, int members) =>
            await RunAsync(version, id, Text(from), Text(to), name, VietnameseText.Fold(name), kindId, parent, path, depth, members);

        await RunAsync(unit, FederationId, "F", createdAt);
        await AddVersionAsync(FederationId, Start, OpenEnd, "Liên đoàn Lao động tỉnh Thử Nghiệm", 1, null, OrgPath.Root(FederationId), 0, 25);

        var upperIds = Enumerable.Range(2, Uppers).ToArray();
        foreach (var id in upperIds)
        {
            var n = id - 1;
            var name = $"Công đoàn xã Thử Nghiệm {n:000}";
            await RunAsync(unit, id, $"U{n:000}", createdAt);
            var path = OrgPath.Child(OrgPath.Root(FederationId), id);
            if (n <= Renamed)
            {
                await AddVersionAsync(id, Start, RenameDate, $"Liên đoàn Lao động huyện Thử Nghiệm {n:000}", 2, FederationId, path, 1, 12);
                await AddVersionAsync(id, RenameDate, OpenEnd, name, 5, FederationId, path, 1, 12);
            }
            else
            {
                await AddVersionAsync(id, Start, OpenEnd, name, 5, FederationId, path, 1, 12);
            }
        }

        var firstGrassroots = Uppers + 2;
        var total = Uppers * GrassrootsPerUpper;
        var moved = new HashSet<int>();
        while (moved.Count < Moved)
        {
            moved.Add(firstGrassroots + random.Next(total));
        }

        for (var i = 0; i < total; i++)
        {
            var id = firstGrassroots + i;
            var upper = upperIds[i / GrassrootsPerUpper];
            var name = $"Công đoàn cơ sở Đơn vị {id:000000}";
            var members = random.Next(8, 400);
            await RunAsync(unit, id, $"G{id:000000}", createdAt);
            var path = OrgPath.Child(OrgPath.Child(OrgPath.Root(FederationId), upper), id);
            if (moved.Contains(id))
            {
                var target = upperIds[(Array.IndexOf(upperIds, upper) + 1 + random.Next(Uppers - 1)) % Uppers];
                await AddVersionAsync(id, Start, MoveDate, name, 6, upper, path, 2, members);
                await AddVersionAsync(id, MoveDate, OpenEnd, name, 6, target, OrgPath.Child(OrgPath.Child(OrgPath.Root(FederationId), target), id), 2, members);
            }
            else
            {
                await AddVersionAsync(id, Start, OpenEnd, name, 6, upper, path, 2, members);
            }
        }
    }

    private static SqliteCommand Command(SqliteConnection conn, SqliteTransaction tx, string sql, params string[] parameters)
    {
        var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var p in parameters)
        {
            cmd.Parameters.Add(new SqliteParameter { ParameterName = p });
        }

        cmd.Prepare();
        return cmd;
    }

    private static async Task RunAsync(SqliteCommand cmd, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task ExecAsync(SqliteConnection conn, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await cmd.ExecuteNonQueryAsync();
    }

    /// <summary>Dates as EF Core stores DateOnly in SQLite.</summary>
    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
