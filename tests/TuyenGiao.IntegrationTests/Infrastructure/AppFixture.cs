using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Identity.Data;

namespace TuyenGiao.IntegrationTests.Infrastructure;

/// <summary>
/// The application on a real database, seeded with the demo federation, and the intent methods
/// tests speak through. One fixture per test class: its own SQLite file or PostgreSQL database.
/// </summary>
public abstract class AppFixture : IAsyncLifetime
{
    public const string AdminEmail = "admin@tuyengiao.local";
    public const string AdminPassword = "quan-tri-thu-nghiem-2026";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private WebApplicationFactory<Program>? factory;

    public abstract DatabaseKind Kind { get; }

    public WebApplicationFactory<Program> Factory => factory ?? throw new InvalidOperationException("Fixture not started.");

    public IServiceProvider Services => Factory.Services;

    /// <summary>Extra settings for a derived fixture (e.g. the 2025 reorganisation).</summary>
    protected virtual IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    public async Task InitializeAsync()
    {
        var settings = new Dictionary<string, string?>(await DatabaseSettingsAsync())
        {
            ["Seed:AdminEmail"] = AdminEmail,
            ["Seed:AdminPassword"] = AdminPassword,
            ["Seed:Demo"] = "true",
        };
        foreach (var (k, v) in ExtraSettings)
        {
            settings[k] = v;
        }

        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            foreach (var (k, v) in settings)
            {
                b.UseSetting(k, v);
            }
        });
        _ = factory.Server; // start: migrate and seed
        await Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        await CleanupAsync();
    }

    protected abstract Task<IReadOnlyDictionary<string, string?>> DatabaseSettingsAsync();

    protected virtual Task CleanupAsync() => Task.CompletedTask;

    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client signed in through <c>POST /api/v1/auth/login</c> with a bearer token.</summary>
    public async Task<HttpClient> SignInAsync(string email, string password)
    {
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public Task<HttpClient> AdminAsync() => SignInAsync(AdminEmail, AdminPassword);

    /// <summary>Creates an account with one scoped role directly through Identity (no API involved).</summary>
    public async Task<(string Email, string Password)> CreateUserAsync(AppRole role, int? unitId, string? email = null)
    {
        email ??= $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@test.local";
        const string password = "mat-khau-du-dai-cho-thu-nghiem";
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, FullName = "Người thử " + role, EmailConfirmed = true, CreatedAt = DateTime.UtcNow };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Add(new RoleAssignment { UserId = user.Id, Role = role, UnitId = unitId, CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return (email, password);
    }

    /// <summary>A client signed in as a new account holding <paramref name="role"/> over <paramref name="unitId"/>.</summary>
    public async Task<HttpClient> ClientWithRoleAsync(AppRole role, int? unitId)
    {
        var (email, password) = await CreateUserAsync(role, unitId);
        return await SignInAsync(email, password);
    }

    /// <summary>Runs <paramref name="work"/> with a fresh DbContext.</summary>
    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }
}

public class SqliteAppFixture : AppFixture
{
    private string? dir;

    public override DatabaseKind Kind => DatabaseKind.Sqlite;

    protected override Task<IReadOnlyDictionary<string, string?>> DatabaseSettingsAsync()
    {
        dir = Path.Combine(Path.GetTempPath(), "tg-sqlite-" + Guid.NewGuid().ToString("N")[..8]);
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

public class PostgresAppFixture : AppFixture
{
    public override DatabaseKind Kind => DatabaseKind.Postgres;

    protected override async Task<IReadOnlyDictionary<string, string?>> DatabaseSettingsAsync()
    {
        var server = await PostgresServer.InstanceAsync();
        var cs = await server.CreateDatabaseAsync("tg");
        return new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = cs,
        };
    }
}
