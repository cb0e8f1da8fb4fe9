using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Shared.Database;

namespace TuyenGiao.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the model for Sqlite without the web host (no connection is opened).</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseServiceCollectionExtensions.ConfigureSqlite(options, "Data Source=design-time.db");
        return new AppDbContext(options.Options);
    }
}
