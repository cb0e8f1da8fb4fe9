using System.Diagnostics;

namespace TuyenGiao.Bench;

/// <summary>
/// A check that holds on a busy machine: the baseline and each measured lookup run alternately,
/// one call each per round, so both see the same load; the medians and their ratio are printed.
/// BenchmarkDotNet's table (run one benchmark after the other) follows.
/// </summary>
internal static class PairedRatio
{
    public static async Task RunAsync()
    {
        using var bench = new OrgHierarchyBenchmarks();
        bench.Setup();
        for (var i = 0; i < 300; i++)
        {
            // Warm-up: JIT, EF query cache, SQLite page cache.
            await bench.PrimaryKeyLookup();
            await bench.IsWithinToday();
            await bench.IsWithinPast();
        }

        await PrintAsync("IsWithinAsync, today", 4000, bench.PrimaryKeyLookup, bench.IsWithinToday);
        await PrintAsync("IsWithinAsync, as of 01/06/2024", 4000, bench.PrimaryKeyLookup, bench.IsWithinPast);
        await PrintAsync("Subtree listing (first 50 + total)", 40, bench.PrimaryKeyLookup, bench.SubtreePage);
    }

    private static async Task PrintAsync(string name, int rounds, Func<Task> baseline, Func<Task> measured)
    {
        var b = new double[rounds];
        var m = new double[rounds];
        for (var i = 0; i < rounds; i++)
        {
            // Alternate which goes first so neither always runs on a warmer cache.
            if (i % 2 == 0)
            {
                b[i] = await TimeAsync(baseline);
                m[i] = await TimeAsync(measured);
            }
            else
            {
                m[i] = await TimeAsync(measured);
                b[i] = await TimeAsync(baseline);
            }
        }

        var (mb, mm) = (Median(b), Median(m));
        Console.WriteLine($"Paired, {rounds} rounds: {name}: median {mm:F1} µs vs primary-key lookup {mb:F1} µs → ratio {mm / mb:F2}");
    }

    private static async Task<double> TimeAsync(Func<Task> work)
    {
        var start = Stopwatch.GetTimestamp();
        await work();
        return Stopwatch.GetElapsedTime(start).TotalMicroseconds;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
