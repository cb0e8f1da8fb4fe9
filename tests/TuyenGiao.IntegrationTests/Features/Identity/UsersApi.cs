using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.IntegrationTests.Infrastructure;

namespace TuyenGiao.IntegrationTests.Features.Identity;

/// <summary>What the account tests say often: find demo units, create accounts, read problems.</summary>
internal static class UsersApi
{
    /// <summary>The id of the demo upper-level union found by a folded name search ("bach thong").</summary>
    public static async Task<int> UpperUnionAsync(HttpClient admin, string q)
    {
        var found = await admin.GetJsonAsync($"/api/v1/org-units?level=UpperUnion&q={Uri.EscapeDataString(q)}");
        return found.GetProperty("items")[0].GetProperty("id").GetInt32();
    }

    /// <summary>A grassroots union directly under <paramref name="parentId"/>.</summary>
    public static async Task<int> GrassrootsUnderAsync(HttpClient admin, int parentId)
    {
        var found = await admin.GetJsonAsync($"/api/v1/org-units?parentId={parentId}&pageSize=1");
        return found.GetProperty("items")[0].GetProperty("id").GetInt32();
    }

    public static string NewEmail(string prefix) => $"{prefix}-{Guid.NewGuid():N}@test.local";

    public static object Role(string role, int? unitId) => new { role, unitId };

    public static Task<HttpResponseMessage> CreateAsync(HttpClient client, string email, string? password, params object[] roles) =>
        client.PostAsJsonAsync("/api/v1/users", new { email, fullName = "Nguyễn Văn Thử", password, roles });

    /// <summary>Creates an account through the API and returns its id.</summary>
    public static async Task<string> CreateOkAsync(HttpClient client, string email, string? password, params object[] roles)
    {
        var created = await (await CreateAsync(client, email, password, roles)).ExpectAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetString()!;
    }

    /// <summary>The messages of the problem's field errors for <paramref name="field"/>.</summary>
    public static List<string> FieldMessages(JsonElement problem, string field) =>
        problem.GetProperty("errors").EnumerateArray()
            .Where(e => e.GetProperty("field").GetString() == field)
            .Select(e => e.GetProperty("message").GetString()!)
            .ToList();

    public static Task<bool> UserExistsAsync(AppFixture app, string email)
    {
        var normalized = email.ToUpperInvariant();
        return app.WithDbAsync(db => db.Users.AnyAsync(u => u.NormalizedEmail == normalized));
    }

    public static async Task<List<string?>> ItemIdsAsync(HttpClient client, string url) =>
        (await client.GetJsonAsync(url)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();

    public static Task<HttpResponseMessage> LoginAsync(AppFixture app, string email, string password) =>
        app.Anonymous().PostAsJsonAsync("/api/v1/auth/login", new { email, password });
}
