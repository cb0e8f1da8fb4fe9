using BenchmarkDotNet.Running;
using TuyenGiao.Bench;

// 1. The 130,000-unit database (generated once). 2. The query plans, checked. 3. A paired
// (interleaved) ratio against the baseline. 4. BenchmarkDotNet's measurements.
var path = await BenchDatabase.EnsureAsync();
if (!await QueryPlanCheck.RunAsync(path))
{
    return 2;
}

if (args.Contains("--plan-only"))
{
    return 0;
}

await PairedRatio.RunAsync();
if (args.Contains("--paired-only"))
{
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(OrgHierarchyBenchmarks).Assembly).Run(args);
return 0;
