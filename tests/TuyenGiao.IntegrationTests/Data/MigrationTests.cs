using Microsoft.EntityFrameworkCore;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Shared.Database;

namespace TuyenGiao.IntegrationTests.Data;

/// <summary>
/// The model and the migrations agree on both providers (run <c>scripts/add-migration.sh</c>
/// after a model change), and a fresh database gets every migration on start.
/// </summary>
public abstract class MigrationTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    /// <summary>An AppDbContext for the fixture's provider, configured as the app does; it never connects.</summary>
    private AppDbContext OfflineContext()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        if (app.Kind == DatabaseKind.Postgres)
        {
            DatabaseServiceCollectionExtensions.ConfigurePostgres(options, "Host=127.0.0.1;Port=1;Database=offline;Username=nobody");
        }
        else
        {
            DatabaseServiceCollectionExtensions.ConfigureSqlite(options, "Data Source=offline-never-opened.db");
        }

        return new AppDbContext(options.Options);
    }

    [Fact]
    public void The_model_has_no_changes_missing_from_the_migrations()
    {
        using var db = OfflineContext();
        Assert.True(
            !db.Database.HasPendingModelChanges(),
            $"The {app.Kind} model has changes without a migration: run scripts/add-migration.sh <Name> (it adds one for both providers).");
    }

    [Fact]
    public void Both_providers_have_migrations()
    {
        using var db = OfflineContext();
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Fact]
    public async Task Every_migration_is_applied_once_the_app_has_started()
    {
        var (applied, all, provider) = await app.WithDbAsync(async db =>
            ((await db.Database.GetAppliedMigrationsAsync()).ToList(), db.Database.GetMigrations().ToList(), db.Database.ProviderName));
        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
        Assert.Contains(app.Kind == DatabaseKind.Postgres ? "Npgsql" : "Sqlite", provider, StringComparison.Ordinal);
    }
}

public sealed class MigrationTests_Sqlite(SqliteAppFixture app) : MigrationTests<SqliteAppFixture>(app);

public sealed class MigrationTests_Postgres(PostgresAppFixture app) : MigrationTests<PostgresAppFixture>(app);
