using System.Text.Json;
using TuyenGiao.IntegrationTests.Infrastructure;

namespace TuyenGiao.IntegrationTests.Features.Organization;

/// <summary>The demo federation as the 2023 article describes it, read through the API.</summary>
public abstract class OrgUnitDemoTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    [Fact]
    public async Task Demo_has_one_federation_with_ten_upper_unions_and_at_least_630_grassroots_unions()
    {
        var admin = await app.AdminAsync();

        var federations = await admin.GetJsonAsync("/api/v1/org-units?level=Federation");
        Assert.Equal(1, federations.GetProperty("total").GetInt32());
        var federation = federations.GetProperty("items")[0];
        Assert.Equal("Liên đoàn Lao động tỉnh Bắc Kạn", federation.GetProperty("name").GetString());
        var fid = federation.GetProperty("id").GetInt32();

        var uppers = await admin.GetJsonAsync($"/api/v1/org-units?parentId={fid}&pageSize=1000");
        Assert.Equal(10, uppers.GetProperty("total").GetInt32());
        Assert.All(uppers.GetProperty("items").EnumerateArray(), u => Assert.Equal("UpperUnion", u.GetProperty("level").GetString()));
        var names = uppers.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("name").GetString()).ToList();
        Assert.Contains("Liên đoàn Lao động huyện Bạch Thông", names);
        Assert.Contains("Công đoàn ngành Giáo dục tỉnh Bắc Kạn", names);

        var grassroots = await admin.GetJsonAsync($"/api/v1/org-units?under={fid}&level=GrassrootsUnion&pageSize=1000");
        Assert.True(grassroots.GetProperty("total").GetInt32() >= 630);
        Assert.All(grassroots.GetProperty("items").EnumerateArray(), g => Assert.Equal(2, g.GetProperty("depth").GetInt32()));
    }

    [Fact]
    public async Task Search_folds_diacritics_and_d()
    {
        var admin = await app.AdminAsync();
        var found = await admin.GetJsonAsync("/api/v1/org-units?q=bach%20thong&level=UpperUnion");
        Assert.Equal("Liên đoàn Lao động huyện Bạch Thông", found.GetProperty("items")[0].GetProperty("name").GetString());

        var withD = await admin.GetJsonAsync("/api/v1/org-units?q=cho%20don&level=UpperUnion");
        Assert.Equal("Liên đoàn Lao động huyện Chợ Đồn", withD.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task List_rejects_a_page_size_over_1000_with_a_problem()
    {
        var admin = await app.AdminAsync();
        var problem = await (await admin.GetAsync("/api/v1/org-units?pageSize=1001")).ExpectAsync(System.Net.HttpStatusCode.BadRequest);
        Assert.Equal("Dữ liệu chưa hợp lệ", problem.GetProperty("title").GetString());
        Assert.Equal(JsonValueKind.Array, problem.GetProperty("errors").ValueKind);
    }
}

public sealed class OrgUnitDemoTests_Sqlite(SqliteAppFixture app) : OrgUnitDemoTests<SqliteAppFixture>(app);

public sealed class OrgUnitDemoTests_Postgres(PostgresAppFixture app) : OrgUnitDemoTests<PostgresAppFixture>(app);
