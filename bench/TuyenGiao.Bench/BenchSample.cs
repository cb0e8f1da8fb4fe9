using Microsoft.Data.Sqlite;

namespace TuyenGiao.Bench;

/// <summary>Deterministic samples of the generated hierarchy for the lookups.</summary>
internal static class BenchSample
{
    /// <summary>
    /// (unit, ancestor) pairs over every 31st grassroots union: a third asks about its upper union
    /// today, a third about another upper union (false), a third about the federation.
    /// </summary>
    public static async Task<(int Unit, int Ancestor)[]> PairsAsync(string path)
    {
        var rows = await QueryAsync(path, "SELECT UnitId, ParentId FROM org_unit_versions WHERE Depth = 2 AND ValidTo = '9999-12-31' AND UnitId % 31 = 0 ORDER BY UnitId");
        var pairs = new (int, int)[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var (unit, parent) = rows[i];
            pairs[i] = (i % 3) switch
            {
                0 => (unit, parent),
                1 => (unit, 2 + ((parent - 2 + 37) % BenchDatabase.Uppers)),
                _ => (unit, BenchDatabase.FederationId),
            };
        }

        return pairs;
    }

    /// <summary>Upper unions, for subtree listings.</summary>
    public static int[] Uppers() => Enumerable.Range(2, BenchDatabase.Uppers).ToArray();

    /// <summary>A moved grassroots union and the upper union it was under before the move.</summary>
    public static async Task<(int Unit, int Upper)> FirstMovedAsync(string path)
    {
        var rows = await QueryAsync(path, "SELECT UnitId, ParentId FROM org_unit_versions WHERE Depth = 2 AND ValidTo = '2025-07-01' ORDER BY UnitId LIMIT 1");
        return rows[0];
    }

    private static async Task<List<(int, int)>> QueryAsync(string path, string sql)
    {
        await using var conn = new SqliteConnection(BenchDatabase.ConnectionString(path));
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        var rows = new List<(int, int)>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetInt32(0), reader.GetInt32(1)));
        }

        return rows;
    }
}
