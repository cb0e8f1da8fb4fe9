using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Data;

namespace TuyenGiao.Modules.Shared.Database;

public static class DatabaseServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "TuyenGiao.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "TuyenGiao.Migrations.Postgres";

    /// <summary>Registers <see cref="AppDbContext"/> on the configured provider.</summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        var provider = configuration[$"{DatabaseOptions.Section}:Provider"] ?? DatabaseProvider.Sqlite;
        if (string.Equals(provider, DatabaseProvider.Postgres, StringComparison.OrdinalIgnoreCase))
        {
            var cs = configuration.GetConnectionString("Postgres");
            if (string.IsNullOrWhiteSpace(cs))
            {
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Postgres is empty.");
            }

            services.AddDbContext<AppDbContext>(o => ConfigurePostgres(o, cs));
        }
        else
        {
            var cs = SqliteConnectionString(configuration.GetConnectionString("Sqlite"), Directory.GetCurrentDirectory());
            services.AddDbContext<AppDbContext>(o => ConfigureSqlite(o, cs));
        }

        return services;
    }

    public static void ConfigurePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, x => x.MigrationsAssembly(PostgresMigrationsAssembly));

    public static void ConfigureSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, x => x.MigrationsAssembly(SqliteMigrationsAssembly))
            .AddInterceptors(SqlitePragmaInterceptor.Instance);

    /// <summary>The default is <c>./data/tuyengiao.db</c>; a relative path is taken from the working directory; the folder is created.</summary>
    public static string SqliteConnectionString(string? configured, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? "Data Source=data/tuyengiao.db" : configured);
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:")
        {
            var path = Path.IsPathRooted(builder.DataSource) ? builder.DataSource : Path.Combine(baseDirectory, builder.DataSource);
            var dir = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(dir))
            {
                Directory.CreateDirectory(dir);
            }

            builder.DataSource = path;
        }

        builder.Pooling = true;
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
