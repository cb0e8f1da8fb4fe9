using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Organization.Queries;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Bench;

/// <summary>
/// Runs the measured lookups once with their SQL captured and asks SQLite for the plan of each
/// (EXPLAIN QUERY PLAN, same parameters). The "inside the subtree" lookup must be one seek on
/// the (UnitId, ValidTo) index; anything else fails the run before any measurement.
/// </summary>
internal static class QueryPlanCheck
{
    public const string LookupIndex = "IX_org_unit_versions_UnitId_ValidTo";

    public static async Task<bool> RunAsync(string path)
    {
        var capture = new CommandCapture();
        await using var services = BenchServices.Build(path, capture);
        await using var scope = services.CreateAsyncScope();
        var hierarchy = scope.ServiceProvider.GetRequiredService<IOrgHierarchy>();
        var queries = scope.ServiceProvider.GetRequiredService<OrgUnitQueries>();
        var (unit, upper) = await BenchSample.FirstMovedAsync(path);

        capture.Enabled = true;
        var inside = await hierarchy.IsWithinAsync(unit, upper, BenchDatabase.MoveDate.AddDays(-1));
        capture.Enabled = false;
        var lookup = capture.Commands.Single();
        var lookupPlan = await PlanAsync(path, lookup.Sql, lookup.Parameters);
        Print("IOrgHierarchy.IsWithinAsync", lookup.Sql, lookupPlan);

        capture.Commands.Clear();
        capture.Enabled = true;
        await queries.ListAsync(new OrgUnitListQuery(Under: upper, Page: new PageQuery(1, 50)), null);
        capture.Enabled = false;
        foreach (var (sql, parameters) in capture.Commands)
        {
            Print("OrgUnitQueries.ListAsync(under)", sql, await PlanAsync(path, sql, parameters));
        }

        var usesIndex = lookupPlan.Count == 1 && lookupPlan[0].Contains("USING INDEX " + LookupIndex + " (UnitId=? AND ValidTo>?)", StringComparison.Ordinal);
        Console.WriteLine(usesIndex
            ? $"OK: the subtree lookup is one seek on {LookupIndex} (unit {unit} inside {upper} before its move: {inside})."
            : $"FAIL: the subtree lookup does not seek on {LookupIndex}.");
        return usesIndex && inside;
    }

    private static async Task<List<string>> PlanAsync(string path, string sql, List<(string Name, object? Value)> parameters)
    {
        await using var conn = new SqliteConnection(BenchDatabase.ConnectionString(path));
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var rows = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(3));
        }

        return rows;
    }

    private static void Print(string what, string sql, List<string> plan)
    {
        Console.WriteLine($"--- {what}");
        Console.WriteLine(sql);
        foreach (var row in plan)
        {
            Console.WriteLine("  PLAN: " + row);
        }
    }
}
