using System.Net;
using System.Text.Json;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;

namespace TuyenGiao.IntegrationTests.Features.Portal;

/// <summary>Search over a Vietnamese corpus: tones and đ optional, exact form first, escaped highlighted snippets, filters, scope.</summary>
public abstract class PostSearchTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private static async Task<JsonElement> SearchAsync(HttpClient client, string query) => await client.GetJsonAsync("/api/v1/search?pageSize=100&" + query);

    private static List<string> Titles(JsonElement result) => [.. result.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!)];

    [Fact]
    public async Task Finds_Cong_doan_without_accents_and_marks_the_accented_words()
    {
        await app.AddPostAsync("Công đoàn huyện Na Rì tặng quà công nhân mỏ thiếc", "Đoàn viên mỏ thiếc nhận quà.");
        await app.AddPostAsync("Đại hội đại biểu Công đoàn ngành Thủy lợi thành công", "Đại hội bầu ban chấp hành mới.");
        var client = app.Anonymous();

        var found = await SearchAsync(client, "q=cong%20doan%20mo%20thiec");
        Assert.Equal("Công đoàn huyện Na Rì tặng quà công nhân mỏ thiếc", Titles(found)[0]);
        var first = found.GetProperty("items")[0];
        Assert.Contains("<mark>Công đoàn</mark>", first.GetProperty("titleHtml").GetString());
        Assert.StartsWith("/bai-viet/", first.GetProperty("url").GetString());
        Assert.Contains("<mark>", first.GetProperty("snippet").GetString());

        var withD = await SearchAsync(client, "q=dai%20hoi%20thuy%20loi");
        Assert.Equal("Đại hội đại biểu Công đoàn ngành Thủy lợi thành công", Titles(withD)[0]);
        Assert.Contains("<mark>Đại hội đại</mark> biểu", withD.GetProperty("items")[0].GetProperty("titleHtml").GetString());

        // Typed with accents, the folded match still finds it too.
        Assert.Contains("Đại hội đại biểu Công đoàn ngành Thủy lợi thành công", Titles(await SearchAsync(client, "q=%C4%90%E1%BA%A1i%20h%E1%BB%99i%20th%E1%BB%A7y%20l%E1%BB%A3i")));
    }

    [Fact]
    public async Task Finds_words_wrapped_in_quotes_and_punctuation()
    {
        // Vietnamese news titles quote programme names with typographic quotes; the words inside
        // must be found like any other (PostgreSQL's parser used to keep the quote in the token).
        await app.AddPostAsync("Chương trình “Tết sum vầy” năm 2027 của Công đoàn Pác Nặm", "Trao quà (“Chuyến xe mùa xuân”), đưa đoàn viên về quê.");
        var client = app.Anonymous();

        Assert.Contains("Chương trình “Tết sum vầy” năm 2027 của Công đoàn Pác Nặm", Titles(await SearchAsync(client, "q=tet%20sum%20vay%20pac%20nam")));
        Assert.Contains("Chương trình “Tết sum vầy” năm 2027 của Công đoàn Pác Nặm", Titles(await SearchAsync(client, "q=chuyen%20xe%20mua%20xuan%20pac%20nam")));
    }

    [Fact]
    public async Task The_exact_accented_form_ranks_first()
    {
        // Both fold to "cong doan ..."; the newer one would win on date alone.
        await app.AddPostAsync("Công đoàn khu công nghiệp Thanh Bình ra mắt tủ sách", publishedAt: DateTime.UtcNow.AddHours(-5));
        await app.AddPostAsync("Cổng đoàn kết khu công nghiệp Thanh Bình khánh thành", publishedAt: DateTime.UtcNow.AddHours(-1));
        var client = app.Anonymous();

        var accented = Titles(await SearchAsync(client, "q=" + Uri.EscapeDataString("Công đoàn")));
        Assert.True(accented.IndexOf("Công đoàn khu công nghiệp Thanh Bình ra mắt tủ sách") < accented.IndexOf("Cổng đoàn kết khu công nghiệp Thanh Bình khánh thành"), string.Join(" | ", accented));

        var gate = Titles(await SearchAsync(client, "q=" + Uri.EscapeDataString("Cổng đoàn")));
        Assert.Equal("Cổng đoàn kết khu công nghiệp Thanh Bình khánh thành", gate[0]);
    }

    [Fact]
    public async Task Snippets_and_titles_come_back_escaped()
    {
        await app.AddPostAsync("<script>alert(1)</script> Cảnh giác chiêu lừa đảo đoàn viên", "Kẻ gian giả danh <b>cán bộ</b> công đoàn & ngân hàng để lừa đảo.");
        var hit = (await SearchAsync(app.Anonymous(), "q=canh%20giac%20lua%20dao")).GetProperty("items")[0];

        var titleHtml = hit.GetProperty("titleHtml").GetString()!;
        Assert.DoesNotContain("<script>", titleHtml);
        Assert.Contains("&lt;script&gt;", titleHtml);
        Assert.Contains("<mark>Cảnh giác</mark>", titleHtml);
        var snippet = hit.GetProperty("snippet").GetString()!;
        Assert.DoesNotContain("<b>", snippet);
        Assert.Contains("&lt;b&gt;", snippet);
        Assert.Contains("&amp;", snippet);
    }

    [Fact]
    public async Task Filters_by_topic_unit_and_dates()
    {
        var (upper, _) = await app.UpperUnionsAsync();
        var policy = await app.TopicIdAsync(6);
        var movement = await app.TopicIdAsync(3);
        await app.AddPostAsync("Hội thao quokka mùa xuân", topicId: movement, publishedAt: new DateTime(2026, 3, 10, 2, 0, 0, DateTimeKind.Utc));
        await app.AddPostAsync("Chính sách quokka về nhà ở", topicId: policy, publishedAt: new DateTime(2026, 5, 10, 2, 0, 0, DateTimeKind.Utc));
        await app.AddPostAsync("Quokka ở công đoàn huyện", unitId: upper, topicId: policy, publishedAt: new DateTime(2026, 5, 20, 2, 0, 0, DateTimeKind.Utc));
        var client = app.Anonymous();

        Assert.Equal(3, (await SearchAsync(client, "q=quokka")).GetProperty("total").GetInt32());
        Assert.Equal(["Quokka ở công đoàn huyện", "Chính sách quokka về nhà ở"], Titles(await SearchAsync(client, $"q=quokka&topicId={policy}")));
        Assert.Equal(["Quokka ở công đoàn huyện"], Titles(await SearchAsync(client, $"q=quokka&unitId={upper}")));
        Assert.Equal(["Chính sách quokka về nhà ở", "Hội thao quokka mùa xuân"], Titles(await SearchAsync(client, "q=quokka&from=2026-03-10&to=2026-05-10")).Order());

        // The portal page takes the same filters by their Vietnamese names.
        var slug = await app.TopicSlugAsync(policy);
        var page = await client.GetStringAsync($"/tim-kiem?q=quokka&chu-de={slug}&tu=2026-05-15");
        Assert.Contains("<mark>Quokka</mark> ở công đoàn huyện", page);
        Assert.DoesNotContain("về nhà ở", page);
    }

    [Fact]
    public async Task Drafts_are_found_only_in_the_back_office_of_their_own_units()
    {
        var (upper, other) = await app.UpperUnionsAsync();
        await app.AddPostAsync("Bản nháp wombat chưa duyệt", status: PostStatus.Draft, unitId: upper);

        Assert.Equal(0, (await SearchAsync(app.Anonymous(), "q=wombat")).GetProperty("total").GetInt32());
        var page = await app.Anonymous().GetStringAsync("/tim-kiem?q=wombat");
        Assert.Contains("data-testid=\"search-results\"", page);
        Assert.DoesNotContain("data-testid=\"search-hit\"", page);

        var editor = await app.ClientWithRoleAsync(AppRole.Editor, upper);
        var own = await editor.GetJsonAsync("/api/v1/posts/search?q=wombat");
        Assert.Equal(1, own.GetProperty("total").GetInt32());
        Assert.Equal("Draft", own.GetProperty("items")[0].GetProperty("status").GetString());
        Assert.Equal(0, (await editor.GetJsonAsync("/api/v1/posts/search?q=wombat&status=Published")).GetProperty("total").GetInt32());

        var stranger = await app.ClientWithRoleAsync(AppRole.Editor, other);
        Assert.Equal(0, (await stranger.GetJsonAsync("/api/v1/posts/search?q=wombat")).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/posts/search?q=wombat&unitId={upper}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/posts/search?q=wombat")).StatusCode);
    }

    [Fact]
    public async Task Bad_search_input_gets_a_clear_problem()
    {
        var admin = await app.AdminAsync();
        var tooLong = await (await admin.GetAsync("/api/v1/search?q=" + new string('a', 201))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("q", tooLong.GetProperty("errors")[0].GetProperty("field").GetString());
        await (await admin.GetAsync("/api/v1/search?q=a&from=2026-05-02&to=2026-05-01")).ExpectAsync(HttpStatusCode.BadRequest);
        await (await admin.GetAsync("/api/v1/search?q=a&from=02/05/2026")).ExpectAsync(HttpStatusCode.BadRequest);
        await (await admin.GetAsync("/api/v1/posts/search?q=a&status=Bogus")).ExpectAsync(HttpStatusCode.BadRequest);
    }
}

public sealed class PostSearchTests_Sqlite(SqliteAppFixture app) : PostSearchTests<SqliteAppFixture>(app);

public sealed class PostSearchTests_Postgres(PostgresAppFixture app) : PostSearchTests<PostgresAppFixture>(app);
