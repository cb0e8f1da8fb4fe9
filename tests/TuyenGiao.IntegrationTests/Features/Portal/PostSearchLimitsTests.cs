using System.Text.Json;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;

namespace TuyenGiao.IntegrationTests.Features.Portal;

/// <summary>
/// Search with its limits turned down: hits counted up to 3 (the product counts up to 10,000), and
/// every unit or topic filter checked hit by hit (SQLite seeks small filters post by post otherwise;
/// <see cref="PostSearchTests{TFixture}"/> covers that path).
/// </summary>
public abstract class PostSearchLimitsTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private static async Task<JsonElement> SearchAsync(HttpClient client, string query) => await client.GetJsonAsync("/api/v1/search?" + query);

    private static List<string> Titles(JsonElement result) => [.. result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!)];

    [Fact]
    public async Task Counts_hits_up_to_the_limit_then_says_more_than()
    {
        for (var i = 1; i <= 5; i++)
        {
            await app.AddPostAsync($"Chuột túi kangaroo số {i}", publishedAt: DateTime.UtcNow.AddMinutes(-i));
        }

        await app.AddPostAsync("Đà điểu emu thứ nhất");
        await app.AddPostAsync("Đà điểu emu thứ hai");
        var client = app.Anonymous();

        var many = await SearchAsync(client, "q=kangaroo&pageSize=2");
        Assert.Equal(3, many.GetProperty("total").GetInt32());
        Assert.True(many.GetProperty("totalIsLowerBound").GetBoolean());
        Assert.Equal(["Chuột túi kangaroo số 1", "Chuột túi kangaroo số 2"], Titles(many));
        Assert.Equal(["Chuột túi kangaroo số 3"], Titles(await SearchAsync(client, "q=kangaroo&pageSize=2&page=2")));
        Assert.Empty(Titles(await SearchAsync(client, "q=kangaroo&pageSize=2&page=3")));

        var few = await SearchAsync(client, "q=emu");
        Assert.Equal(2, few.GetProperty("total").GetInt32());
        Assert.False(few.GetProperty("totalIsLowerBound").GetBoolean());

        // The portal says so in words; and says plainly when nothing is found.
        Assert.Contains("Tìm thấy hơn 3 tin bài", await client.GetStringAsync("/tim-kiem?q=kangaroo"));
        Assert.Contains("Tìm thấy 2 tin bài", await client.GetStringAsync("/tim-kiem?q=emu"));
        Assert.Contains("Không tìm thấy tin bài nào", await client.GetStringAsync("/tim-kiem?q=khongcobaiviet"));

        // The back-office search counts the same way, over every status.
        var admin = await app.AdminAsync();
        var office = await admin.GetJsonAsync("/api/v1/posts/search?q=kangaroo");
        Assert.Equal(3, office.GetProperty("total").GetInt32());
        Assert.True(office.GetProperty("totalIsLowerBound").GetBoolean());
    }

    [Fact]
    public async Task Posts_in_another_status_do_not_count_towards_the_public_total()
    {
        // 3 published + 2 drafts: exactly 3, not "more than 3" (the drafts are counted apart and taken off).
        for (var i = 1; i <= 3; i++)
        {
            await app.AddPostAsync($"Gấu koala số {i}");
        }

        await app.AddPostAsync("Gấu koala nháp một", status: PostStatus.Draft);
        await app.AddPostAsync("Gấu koala nháp hai", status: PostStatus.Submitted);
        var exact = await SearchAsync(app.Anonymous(), "q=koala");
        Assert.Equal(3, exact.GetProperty("total").GetInt32());
        Assert.False(exact.GetProperty("totalIsLowerBound").GetBoolean());

        await app.AddPostAsync("Gấu koala số 4");
        var more = await SearchAsync(app.Anonymous(), "q=koala");
        Assert.Equal(3, more.GetProperty("total").GetInt32());
        Assert.True(more.GetProperty("totalIsLowerBound").GetBoolean());
    }

    [Fact]
    public async Task Filters_checked_hit_by_hit_give_the_same_answers()
    {
        var (upper, other) = await app.UpperUnionsAsync();
        var policy = await app.TopicIdAsync(6);
        var movement = await app.TopicIdAsync(3);
        await app.AddPostAsync("Hội thao platypus mùa xuân", topicId: movement, publishedAt: new DateTime(2026, 3, 10, 2, 0, 0, DateTimeKind.Utc));
        await app.AddPostAsync("Chính sách platypus về nhà ở", topicId: policy, publishedAt: new DateTime(2026, 5, 10, 2, 0, 0, DateTimeKind.Utc));
        await app.AddPostAsync("Platypus ở công đoàn huyện", unitId: upper, topicId: policy, publishedAt: new DateTime(2026, 5, 20, 2, 0, 0, DateTimeKind.Utc));
        await app.AddPostAsync("Bản nháp platypus chưa duyệt", status: PostStatus.Draft, unitId: upper);
        var client = app.Anonymous();

        Assert.Equal(["Platypus ở công đoàn huyện", "Chính sách platypus về nhà ở"], Titles(await SearchAsync(client, $"q=platypus&topicId={policy}")));
        Assert.Equal(["Platypus ở công đoàn huyện"], Titles(await SearchAsync(client, $"q=platypus&unitId={upper}")));
        Assert.Equal(["Chính sách platypus về nhà ở", "Hội thao platypus mùa xuân"], Titles(await SearchAsync(client, "q=platypus&from=2026-03-10&to=2026-05-10")).Order());
        Assert.Equal(["Chính sách platypus về nhà ở"], Titles(await SearchAsync(client, $"q=platypus&topicId={policy}&from=2026-05-01&to=2026-05-15")));

        var editor = await app.ClientWithRoleAsync(AppRole.Editor, upper);
        Assert.Equal(["Bản nháp platypus chưa duyệt", "Platypus ở công đoàn huyện"], Titles(await editor.GetJsonAsync("/api/v1/posts/search?q=platypus")).Order());
        Assert.Equal(["Bản nháp platypus chưa duyệt"], Titles(await editor.GetJsonAsync("/api/v1/posts/search?q=platypus&status=Draft")));
        var stranger = await app.ClientWithRoleAsync(AppRole.Editor, other);
        Assert.Empty(Titles(await stranger.GetJsonAsync("/api/v1/posts/search?q=platypus")));
    }
}

public class SearchLimitsSqliteFixture : SqliteAppFixture
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => PostSearchLimits.Settings;
}

public class SearchLimitsPostgresFixture : PostgresAppFixture
{
    protected override IReadOnlyDictionary<string, string?> ExtraSettings => PostSearchLimits.Settings;
}

internal static class PostSearchLimits
{
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?>
    {
        ["Newsroom:SearchCountLimit"] = "3",
        ["Newsroom:SearchSeekLimit"] = "0",
    };
}

public sealed class PostSearchLimitsTests_Sqlite(SearchLimitsSqliteFixture app) : PostSearchLimitsTests<SearchLimitsSqliteFixture>(app);

public sealed class PostSearchLimitsTests_Postgres(SearchLimitsPostgresFixture app) : PostSearchLimitsTests<SearchLimitsPostgresFixture>(app);
