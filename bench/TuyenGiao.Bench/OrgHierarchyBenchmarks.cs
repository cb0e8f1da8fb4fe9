using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Organization.Queries;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Bench;

/// <summary>
/// "Is unit X inside the subtree of Y on date D" (asked on every request) and a subtree listing,
/// on 130,000 units, against a primary-key lookup of one row through the same EF Core context
/// and connection settings: the ratio says how close the lookup is to the cheapest query there is.
/// </summary>
[Config(typeof(BenchConfig))]
public class OrgHierarchyBenchmarks : IDisposable
{
    private static readonly DateOnly BeforeMoves = new(2024, 6, 1);

    private ServiceProvider? services;
    private IServiceScope? scope;
    private IOrgHierarchy hierarchy = null!;
    private OrgUnitQueries queries = null!;
    private AppDbContext db = null!;
    private (int Unit, int Ancestor)[] pairs = [];
    private int[] uppers = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        var path = BenchDatabase.EnsureAsync().GetAwaiter().GetResult();
        services = BenchServices.Build(path);
        scope = services.CreateScope();
        hierarchy = scope.ServiceProvider.GetRequiredService<IOrgHierarchy>();
        queries = scope.ServiceProvider.GetRequiredService<OrgUnitQueries>();
        db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        pairs = BenchSample.PairsAsync(path).GetAwaiter().GetResult();
        uppers = BenchSample.Uppers();
    }

    /// <summary>One row by primary key through the same context (query pipeline, connection open with its pragmas, reader).</summary>
    [Benchmark(Baseline = true, Description = "Primary-key lookup of one row (baseline)")]
    public Task<List<string>> PrimaryKeyLookup()
    {
        var id = Next().Unit;
        return db.Database.SqlQuery<string>($"SELECT \"Code\" AS \"Value\" FROM \"org_units\" WHERE \"Id\" = {id} LIMIT 1").ToListAsync();
    }

    [Benchmark(Description = "IsWithinAsync, today")]
    public Task<bool> IsWithinToday()
    {
        var (unit, ancestor) = Next();
        return hierarchy.IsWithinAsync(unit, ancestor);
    }

    [Benchmark(Description = "IsWithinAsync, as of 01/06/2024")]
    public Task<bool> IsWithinPast()
    {
        var (unit, ancestor) = Next();
        return hierarchy.IsWithinAsync(unit, ancestor, BeforeMoves);
    }

    [Benchmark(Description = "Subtree listing: first 50 of ~1,300 units + total")]
    public Task<PagedResult<OrgUnitItem>> SubtreePage() =>
        queries.ListAsync(new OrgUnitListQuery(Under: uppers[next++ % uppers.Length], Page: new PageQuery(1, 50)), null);

    [GlobalCleanup]
    public void Cleanup() => Dispose();

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            scope?.Dispose();
            services?.Dispose();
            scope = null;
            services = null;
        }
    }

    private (int Unit, int Ancestor) Next() => pairs[next++ % pairs.Length];
}
