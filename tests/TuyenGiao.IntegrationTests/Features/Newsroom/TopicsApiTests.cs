using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;

namespace TuyenGiao.IntegrationTests.Features.Newsroom;

/// <summary><c>/api/v1/topics</c>: public reading; changes for system administrators and the federation's editors only.</summary>
public abstract class TopicsApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private async Task<int> DemoFederationAsync()
    {
        var admin = await app.AdminAsync();
        var federations = await admin.GetJsonAsync("/api/v1/org-units?level=Federation&q=Bac%20Kan");
        return federations.GetProperty("items")[0].GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Anyone_reads_the_seeded_topics_in_order_with_their_public_page()
    {
        var topics = await app.Anonymous().GetJsonAsync("/api/v1/topics");
        var names = topics.EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("Phong trào CNVCLĐ và hoạt động công đoàn", names);
        Assert.Contains("Chính sách, pháp luật", names);
        var orders = topics.EnumerateArray().Select(t => t.GetProperty("sortOrder").GetInt32()).ToList();
        Assert.Equal(orders.Order(), orders);
        var law = topics.EnumerateArray().First(t => t.GetProperty("name").GetString() == "Chính sách, pháp luật");
        Assert.Equal("/chu-de/chinh-sach-phap-luat", law.GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_grassroots_editor_and_an_anonymous_caller_cannot_change_topics()
    {
        var admin = await app.AdminAsync();
        var grassroots = (await admin.GetJsonAsync("/api/v1/org-units?level=GrassrootsUnion&pageSize=1")).GetProperty("items")[0].GetProperty("id").GetInt32();
        var editor = await app.ClientWithRoleAsync(AppRole.Editor, grassroots);
        var before = await app.WithDbAsync(db => db.Set<Topic>().CountAsync());

        await (await editor.PostAsJsonAsync("/api/v1/topics", new { name = "Chủ đề của cơ sở" })).ExpectAsync(HttpStatusCode.Forbidden);
        await (await app.Anonymous().PostAsJsonAsync("/api/v1/topics", new { name = "Chủ đề ẩn danh" })).ExpectAsync(HttpStatusCode.Unauthorized);
        await (await app.Anonymous().GetAsync("/api/v1/topics?all=true")).ExpectAsync(HttpStatusCode.Forbidden);
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<Topic>().CountAsync()));
    }

    [Fact]
    public async Task A_federation_editor_adds_renames_hides_and_reorders_topics()
    {
        var editor = await app.ClientWithRoleAsync(AppRole.Editor, await DemoFederationAsync());
        var name = OrgApi.Unique("Chuyển đổi số trong công đoàn");
        var created = await (await editor.PostAsJsonAsync("/api/v1/topics", new { name, description = "Tin về chuyển đổi số" })).ExpectAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.StartsWith("chuyen-doi-so-trong-cong-doan-", created.GetProperty("slug").GetString(), StringComparison.Ordinal);

        var renamed = await (await editor.PutAsJsonAsync($"/api/v1/topics/{id}", new { name = name + " (mới)", slug = "chuyen-doi-so-" + id })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("chuyen-doi-so-" + id, renamed.GetProperty("slug").GetString());

        await (await editor.PostAsync($"/api/v1/topics/{id}/deactivate", null)).ExpectAsync(HttpStatusCode.OK);
        var publicList = await app.Anonymous().GetJsonAsync("/api/v1/topics");
        Assert.DoesNotContain(publicList.EnumerateArray(), t => t.GetProperty("id").GetInt32() == id);
        await (await app.Anonymous().GetAsync($"/api/v1/topics/{id}")).ExpectAsync(HttpStatusCode.NotFound);

        var all = await editor.GetJsonAsync("/api/v1/topics?all=true");
        var ids = all.EnumerateArray().Select(t => t.GetProperty("id").GetInt32()).Reverse().ToList();
        var reordered = await (await editor.PutAsJsonAsync("/api/v1/topics/order", new { ids })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(ids, reordered.EnumerateArray().Select(t => t.GetProperty("id").GetInt32()).ToList());
    }

    [Fact]
    public async Task Bad_topic_input_is_refused_with_field_errors_and_writes_nothing()
    {
        var admin = await app.AdminAsync();
        var before = await app.WithDbAsync(db => db.Set<Topic>().CountAsync());

        var empty = await (await admin.PostAsJsonAsync("/api/v1/topics", new { name = "  " })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("name", empty.GetProperty("errors")[0].GetProperty("field").GetString());

        var taken = await (await admin.PostAsJsonAsync("/api/v1/topics", new { name = "Chính sách, pháp luật" })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("slug", taken.GetProperty("errors")[0].GetProperty("field").GetString());

        var partial = await (await admin.PutAsJsonAsync("/api/v1/topics/order", new { ids = new[] { 1, 2 } })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("ids", partial.GetProperty("errors")[0].GetProperty("field").GetString());

        await (await admin.PutAsJsonAsync("/api/v1/topics/987654", new { name = "Không có" })).ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<Topic>().CountAsync()));
    }

    [Fact]
    public async Task Legacy_text_is_converted_for_signed_in_callers()
    {
        var admin = await app.AdminAsync();
        var tcvn3 = await admin.PostJsonAsync("/api/v1/text/legacy-convert", new { text = "§¹i héi C«ng ®oµn tØnh" });
        Assert.Equal("tcvn3", tcvn3.GetProperty("encoding").GetString());
        Assert.Equal("Đại hội Công đoàn tỉnh", tcvn3.GetProperty("converted").GetString());
        Assert.True(tcvn3.GetProperty("confidence").GetDouble() >= 0.8);

        var vni = await admin.PostJsonAsync("/api/v1/text/legacy-convert", new { text = "Coâng ñoaøn Vieät Nam" });
        Assert.Equal("vni", vni.GetProperty("encoding").GetString());
        Assert.Equal("Công đoàn Việt Nam", vni.GetProperty("converted").GetString());

        var unicode = await admin.PostJsonAsync("/api/v1/text/legacy-convert", new { text = "Công đoàn Việt Nam" });
        Assert.Equal("unicode", unicode.GetProperty("encoding").GetString());
        Assert.Equal("Công đoàn Việt Nam", unicode.GetProperty("converted").GetString());

        var missing = await (await admin.PostAsJsonAsync("/api/v1/text/legacy-convert", new { encoding = "koi8" })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["text", "encoding"], missing.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList());
        await (await app.Anonymous().PostAsJsonAsync("/api/v1/text/legacy-convert", new { text = "x" })).ExpectAsync(HttpStatusCode.Unauthorized);
    }
}

public sealed class TopicsApiTests_Sqlite(SqliteAppFixture app) : TopicsApiTests<SqliteAppFixture>(app);

public sealed class TopicsApiTests_Postgres(PostgresAppFixture app) : TopicsApiTests<PostgresAppFixture>(app);
