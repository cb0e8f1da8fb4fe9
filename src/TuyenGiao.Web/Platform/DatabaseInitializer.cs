using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Channels;
using TuyenGiao.Modules.Features.Identity;
using TuyenGiao.Modules.Features.Organization;
using TuyenGiao.Modules.Features.Planning;
using TuyenGiao.Modules.Features.Newsroom;
using TuyenGiao.Modules.Shared.Database;

namespace TuyenGiao.Web.Platform;

/// <summary>On start: apply migrations, then seed what an empty database needs (kinds, demo, first administrator).</summary>
internal static class DatabaseInitializer
{
    private static readonly List<string> BannerLines = [];

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        var options = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var logger = sp.GetRequiredService<ILogger<AppDbContext>>();
        if (options.MigrateOnStart)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migrations on {Provider}", pending.Count, db.Database.ProviderName);
                await db.Database.MigrateAsync();
            }
        }

        // Each module seeds through its entry point; the host does not reach into modules.
        await sp.SeedOrganizationAsync();
        await sp.SeedPlanningAsync();
        await sp.SeedNewsroomAsync();
        await Modules.Features.Contests.ContestsModule.SeedContestsAsync(sp);
        await sp.SeedChannelsAsync();

        var admin = await sp.SeedIdentityAsync();
        await sp.SeedDemoPostsAsync(); // demo posts (authored by the administrator just seeded) unless Seed:Demo=false
        if (admin is { } a)
        {
            BannerLines.Add("Quản trị viên đầu tiên / first administrator: " + a.Email);
            BannerLines.Add(a.GeneratedPassword is { } pw
                ? "Mật khẩu / password (chỉ hiện một lần / shown only once): " + pw
                : "Mật khẩu / password: giá trị Seed:AdminPassword / the value of Seed:AdminPassword");
        }
    }

    /// <summary>Prints the addresses and, on a first start, the administrator's sign-in.</summary>
    public static void LogStartBanner(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var lines = new List<string> { "", "==================== TuyenGiao ====================" };
            foreach (var address in addresses)
            {
                lines.Add("Trang công khai / public site: " + address + "/");
                lines.Add("Quản trị / back-office:        " + address + "/quan-tri");
                lines.Add("API docs:                      " + address + "/api/docs");
            }

            lines.AddRange(BannerLines);
            lines.Add("===================================================");
            Console.WriteLine(string.Join(Environment.NewLine, lines));
            BannerLines.Clear();
        });
}
