using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Shared.Database;

namespace TuyenGiao.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef</c> build the model for Postgres without the web host (no connection is opened).</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseServiceCollectionExtensions.ConfigurePostgres(options, "Host=localhost;Database=design_time;Username=postgres");
        return new AppDbContext(options.Options);
    }
}
