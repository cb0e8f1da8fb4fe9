using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Organization;
using TuyenGiao.Modules.Shared.Database;

namespace TuyenGiao.Bench;

/// <summary>The application's own registrations (AppDbContext on SQLite with its pragmas, the Organization module) on the generated file.</summary>
internal static class BenchServices
{
    public static ServiceProvider Build(string path, CommandCapture? capture = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(TimeProvider.System);
        services.AddLogging();
        services.AddDbContext<AppDbContext>(o =>
        {
            DatabaseServiceCollectionExtensions.ConfigureSqlite(o, BenchDatabase.ConnectionString(path));
            if (capture is not null)
            {
                o.AddInterceptors(capture);
            }
        });
        services.AddOrganization();
        return services.BuildServiceProvider();
    }
}
