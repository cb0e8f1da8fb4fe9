using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Identity.Data;
using TuyenGiao.Modules.Features.Organization.Queries;

namespace TuyenGiao.BrowserTests.Infrastructure;

/// <summary>
/// The real application on Kestrel (a free loopback port) over a fresh SQLite database with the
/// demo federation seeded and the test administrator, plus a headless Chromium driven by Playwright.
/// One per test collection: starting both takes a few seconds.
/// </summary>
public sealed class BrowserAppFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string dataDir = Path.Combine(Path.GetTempPath(), "tg-browser-" + Guid.NewGuid().ToString("N")[..8]);
    private WebApplicationFactory<Program>? factory;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("Fixture not started.");

    public IServiceProvider Services => factory?.Services ?? throw new InvalidOperationException("Fixture not started.");

    /// <summary>Where the tests leave screenshots for a person to look at.</summary>
    public static string ScreenshotDir { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Browser tests need Chromium at {ChromiumPath} (as root: apt-get install -y chromium; scripts/test.sh does it).");
        }

        Directory.CreateDirectory(dataDir);
        Directory.CreateDirectory(ScreenshotDir);
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(dataDir, "tuyengiao.db")}",
            ["Seed:AdminEmail"] = AppFixture.AdminEmail,
            ["Seed:AdminPassword"] = AppFixture.AdminPassword,
            ["Seed:Demo"] = "true",
        };

        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            // MudBlazor's CSS and JS come from the package's static web assets, which only the
            // Development environment maps by default.
            b.UseStaticWebAssets();
            foreach (var (k, v) in settings)
            {
                b.UseSetting(k, v);
            }
        });
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        BaseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(dataDir))
        {
            Directory.Delete(dataDir, recursive: true);
        }
    }

    /// <summary>A fresh browser context (its own cookies) with a Vietnamese phone or desktop viewport.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 860)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = width < 600,
            HasTouch = width < 600,
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>An account holding one role over <paramref name="unitId"/>'s subtree, made directly through Identity.</summary>
    public Task<(string Email, string Password)> CreateUserAsync(AppRole role, int? unitId) =>
        WithServicesAsync(async sp =>
        {
            var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
            const string password = "mat-khau-du-dai-cho-thu-nghiem";
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, FullName = "Cán bộ thử " + role, EmailConfirmed = true, CreatedAt = DateTime.UtcNow };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
            }

            var db = sp.GetRequiredService<AppDbContext>();
            db.Add(new RoleAssignment { UserId = user.Id, Role = role, UnitId = unitId, CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return (email, password);
        });

    /// <summary>The id of the unit named <paramref name="name"/> today.</summary>
    public Task<int> UnitIdAsync(string name) =>
        WithServicesAsync(async sp =>
        {
            var found = await sp.GetRequiredService<OrgUnitQueries>().ListAsync(new OrgUnitListQuery(Q: name, Page: new Modules.Shared.Api.PageQuery(1, 50)), null);
            return found.Items.Single(u => u.Name == name).Id;
        });

    /// <summary>Runs <paramref name="work"/> with services from a fresh scope of the running app.</summary>
    public async Task<T> WithServicesAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserSuite : ICollectionFixture<BrowserAppFixture>
{
    public const string Name = "Browser";
}
