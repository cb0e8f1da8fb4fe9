using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;

namespace TuyenGiao.IntegrationTests.Features.Newsroom;

/// <summary>Intent methods for the posts API and a small tree per test (federation → district → two grassroots unions).</summary>
public static class PostsApi
{
    public const string Posts = "/api/v1/posts";

    public sealed record Tree(int Federation, int District, int Grassroots, int OtherDistrict, int OtherGrassroots);

    public static async Task<Tree> CreateTreeAsync(this HttpClient admin)
    {
        var fed = await admin.CreateFederationAsync();
        var district = await admin.CreateUnitAsync(OrgApi.Unique("LĐLĐ huyện Ba Bể"), "DistrictFederation", fed);
        var grassroots = await admin.CreateUnitAsync(OrgApi.Unique("Công đoàn Trường Tiểu học Nam Mẫu"), "GrassrootsUnion", district, memberCount: 30);
        var otherDistrict = await admin.CreateUnitAsync(OrgApi.Unique("LĐLĐ huyện Chợ Đồn"), "DistrictFederation", fed);
        var otherGrassroots = await admin.CreateUnitAsync(OrgApi.Unique("Công đoàn xã Bằng Lãng"), "GrassrootsUnion", otherDistrict, memberCount: 12);
        return new Tree(fed, district, grassroots, otherDistrict, otherGrassroots);
    }

    public static object Draft(int unitId, string title = "Công đoàn trường tổ chức Hội nghị viên chức", string body = "<p>Sáng nay, Công đoàn trường đã tổ chức <strong>Hội nghị viên chức</strong> năm học mới.</p>") => new
    {
        unitId,
        title,
        summary = "Hội nghị bàn kế hoạch năm học.",
        bodyHtml = body,
        format = "News",
        topicIds = Array.Empty<int>(),
        tags = new[] { "Hội nghị", "giáo dục" },
        sourceCredit = "Ảnh: Nguyễn Văn An",
    };

    public static async Task<JsonElement> CreatePostAsync(this HttpClient client, int unitId, string? title = null, string? body = null)
    {
        var draft = title is null ? Draft(unitId) : body is null ? Draft(unitId, title) : Draft(unitId, title, body);
        return await client.PostJsonAsync(Posts, draft, HttpStatusCode.Created);
    }

    public static Task<HttpResponseMessage> ActAsync(this HttpClient client, long postId, string step, object? body = null) =>
        client.PostAsJsonAsync($"{Posts}/{postId}/{step}", body ?? new { });

    public static async Task<JsonElement> StepAsync(this HttpClient client, long postId, string step, object? body = null) =>
        await (await client.ActAsync(postId, step, body)).ExpectAsync(HttpStatusCode.OK);

    public static long Id(this JsonElement post) => post.GetProperty("id").GetInt64();

    public static string Status(this JsonElement post) => post.GetProperty("status").GetString()!;

    public static int Version(this JsonElement post) => post.GetProperty("version").GetInt32();

    public static List<string> Actions(this JsonElement post) => post.GetProperty("actions").EnumerateArray().Select(a => a.GetString()!).ToList();

    public static async Task<(HttpClient Client, string UserId)> UserAsync(this AppFixture app, AppRole role, int unitId)
    {
        var (email, password) = await app.CreateUserAsync(role, unitId);
        var client = await app.SignInAsync(email, password);
        var userId = await app.WithDbAsync(db => Task.FromResult(db.Users.Single(u => u.Email == email).Id));
        return (client, userId);
    }
}
