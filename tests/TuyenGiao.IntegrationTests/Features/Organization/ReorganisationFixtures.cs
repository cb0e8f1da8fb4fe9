using TuyenGiao.IntegrationTests.Infrastructure;

namespace TuyenGiao.IntegrationTests.Features.Organization;

// The demo with Seed:Reorganisation2025=true: the 2023 Bắc Kạn federation, then the 2025
// reorganisation applied on top as restructuring operations. One database per fixture.

public sealed class ReorganisationSqliteFixture : AppFixture
{
    private string? dir;

    public override DatabaseKind Kind => DatabaseKind.Sqlite;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Seed:Reorganisation2025"] = "true" };

    protected override Task<IReadOnlyDictionary<string, string?>> DatabaseSettingsAsync()
    {
        dir = Path.Combine(Path.GetTempPath(), "tg-reorg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        IReadOnlyDictionary<string, string?> settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(dir, "tuyengiao.db")}",
        };
        return Task.FromResult(settings);
    }

    protected override Task CleanupAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (dir is not null && Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }

        return Task.CompletedTask;
    }
}

public sealed class ReorganisationPostgresFixture : AppFixture
{
    public override DatabaseKind Kind => DatabaseKind.Postgres;

    protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Seed:Reorganisation2025"] = "true" };

    protected override async Task<IReadOnlyDictionary<string, string?>> DatabaseSettingsAsync()
    {
        var server = await PostgresServer.InstanceAsync();
        var cs = await server.CreateDatabaseAsync("tgreorg");
        return new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = cs,
        };
    }
}
