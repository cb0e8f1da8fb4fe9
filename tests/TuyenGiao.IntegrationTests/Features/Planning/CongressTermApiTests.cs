using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.IntegrationTests.Features.Planning;

/// <summary>Congress terms through <c>/api/v1/congress-terms</c> and on the public calendar.</summary>
public abstract class CongressTermApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private const string Terms = "/api/v1/congress-terms";

    [Fact]
    public async Task The_demo_has_the_Bac_Kan_federations_2023_2028_term_on_the_2023_calendar()
    {
        var calendar = await app.Anonymous().GetJsonAsync($"{Terms}/calendar?year=2023");
        var items = calendar.GetProperty("items").EnumerateArray().ToList();
        var federation = items.Single(i => i.GetProperty("unitName").GetString() == "Liên đoàn Lao động tỉnh Bắc Kạn");
        Assert.Equal(2023, federation.GetProperty("startYear").GetInt32());
        Assert.Equal(2028, federation.GetProperty("endYear").GetInt32());
        Assert.StartsWith("2023-", federation.GetProperty("startDate").GetString(), StringComparison.Ordinal);
        Assert.True(items.Count >= 4, "the federation and a few upper-level unions");
        Assert.Equal(items.Select(i => i.GetProperty("startDate").GetString()).Order(StringComparer.Ordinal), items.Select(i => i.GetProperty("startDate").GetString()));

        var admin = await app.AdminAsync();
        var terms = await admin.GetJsonAsync($"{Terms}?unitId={federation.GetProperty("unitId").GetInt32()}");
        var term = Assert.Single(terms.GetProperty("items").EnumerateArray());
        Assert.Equal("Current", term.GetProperty("status").GetString());
        Assert.Empty((await app.Anonymous().GetJsonAsync($"{Terms}/calendar?year=2024")).GetProperty("items").EnumerateArray());
        await (await app.Anonymous().GetAsync(Terms)).ExpectAsync(HttpStatusCode.Unauthorized);

        var page = await app.Anonymous().GetStringAsync("/lich-ngay-le?nam=2023");
        Assert.Contains("data-testid=\"congress-dates\"", page, StringComparison.Ordinal);
        Assert.Contains("Đại hội Công đoàn tỉnh Bắc Kạn nhiệm kỳ 2023–2028", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"congress-dates\"", await app.Anonymous().GetStringAsync("/lich-ngay-le?nam=2024"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_term_cut_short_is_saved_with_its_end_and_bad_terms_are_refused_without_writing()
    {
        var admin = await app.AdminAsync();
        var tree = await PlanningTestTree.CreateAsync(admin);
        var created = await admin.PostJsonAsync(Terms, new { unitId = tree.Upper, name = "Đại hội Công đoàn huyện Thử nhiệm kỳ 2023–2028", startYear = 2023, endYear = 2028, congressStartDate = "2023-05-10", congressEndDate = "2023-05-11" }, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal("Current", created.GetProperty("status").GetString());

        var ended = await (await admin.PutAsJsonAsync($"{Terms}/{id}", new { unitId = tree.Upper, name = "Đại hội Công đoàn huyện Thử nhiệm kỳ 2023–2028", startYear = 2023, endYear = 2028, congressStartDate = "2023-05-10", congressEndDate = "2023-05-11", endedEarly = true, endedOn = "2025-07-01", endReason = "Sắp xếp tổ chức bộ máy năm 2025" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("EndedEarly", ended.GetProperty("status").GetString());
        Assert.Equal("2025-07-01", ended.GetProperty("endedOn").GetString());
        await admin.PostJsonAsync(Terms, new { unitId = tree.Upper, startYear = 2025, endYear = 2030, congressStartDate = "2025-10-02" }, HttpStatusCode.Created);
        Assert.Equal(2, (await admin.GetJsonAsync($"{Terms}?under={tree.Federation}")).GetProperty("total").GetInt32());
        Assert.Contains((await app.Anonymous().GetJsonAsync($"{Terms}/calendar?year=2025")).GetProperty("items").EnumerateArray(), i => i.GetProperty("unitId").GetInt32() == tree.Upper && i.GetProperty("startDate").GetString() == "2025-10-02");

        var before = await app.WithDbAsync(db => db.Set<CongressTerm>().CountAsync());
        var problem = await (await admin.PostAsJsonAsync(Terms, new { unitId = tree.Upper, startYear = 2025, endYear = 2024, congressStartDate = "2025-10-02", congressEndDate = "2025-10-01", endedEarly = true })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["endYear", "congressEndDate", "endedOn", "startYear"], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()));
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<CongressTerm>().CountAsync()));

        var editorB = await app.ClientWithRoleAsync(AppRole.Editor, tree.GrassrootsB);
        await (await editorB.GetAsync($"{Terms}/{id}")).ExpectAsync(HttpStatusCode.NotFound);
        var managerUpper = await app.ClientWithRoleAsync(AppRole.Editor, tree.Upper);
        Assert.False((await managerUpper.GetJsonAsync($"{Terms}/{id}")).GetProperty("canEdit").GetBoolean());
        await (await managerUpper.DeleteAsync($"{Terms}/{id}")).ExpectAsync(HttpStatusCode.Forbidden);
        await (await admin.DeleteAsync($"{Terms}/{id}")).ExpectAsync(HttpStatusCode.NoContent);
    }
}

public sealed class CongressTermApiTests_Sqlite(SqliteAppFixture app) : CongressTermApiTests<SqliteAppFixture>(app);

public sealed class CongressTermApiTests_Postgres(PostgresAppFixture app) : CongressTermApiTests<PostgresAppFixture>(app);
