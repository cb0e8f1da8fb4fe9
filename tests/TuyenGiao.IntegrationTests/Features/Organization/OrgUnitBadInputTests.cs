using System.Net;
using System.Text;
using System.Text.Json;
using TuyenGiao.IntegrationTests.Infrastructure;
using static TuyenGiao.IntegrationTests.Infrastructure.OrgApi;

namespace TuyenGiao.IntegrationTests.Features.Organization;

/// <summary>
/// Bad input gets a problem+json answer with a Vietnamese title a person can read, and the
/// database is exactly as it was.
/// </summary>
public abstract class OrgUnitBadInputTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private const string Invalid = "Dữ liệu chưa hợp lệ";
    private const string NotFound = "Không tìm thấy";

    private async Task<JsonElement> RefusedAsync(Func<Task<HttpResponseMessage>> send, HttpStatusCode status, string title)
    {
        var before = await app.OrgStateAsync();
        var response = await send();
        var problem = await response.ExpectAsync(status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal(before, await app.OrgStateAsync());
        return problem;
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Theory]
    [InlineData("{\"name\": \"Công đoàn thử\", \"kind\": ")]
    [InlineData("{\"name\": \"Công đoàn thử\", \"kind\": \"GrassrootsUnion\", \"parentId\": \"mười\"}")]
    [InlineData("[1, 2, 3]")]
    [InlineData("không phải JSON")]
    public async Task Malformed_json_is_refused_with_a_problem(string body)
    {
        var admin = await app.AdminAsync();
        var problem = await RefusedAsync(() => admin.PostAsync(Units, Json(body)), HttpStatusCode.BadRequest, Invalid);
        Assert.DoesNotContain("   at ", problem.ToString(), StringComparison.Ordinal); // no stack trace
    }

    [Fact]
    public async Task Malformed_json_on_a_restructuring_is_refused_with_a_problem()
    {
        var admin = await app.AdminAsync();
        var fed = await admin.CreateFederationAsync();
        await RefusedAsync(() => admin.PostAsync($"{Units}/{fed}/rename", Json("{\"name\": ")), HttpStatusCode.BadRequest, Invalid);
        await RefusedAsync(() => admin.PostAsync($"{Units}/merge", Json("{\"sourceIds\": \"all\"}")), HttpStatusCode.BadRequest, Invalid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \t ")]
    public async Task Create_without_a_name_is_refused(string? name)
    {
        var admin = await app.AdminAsync();
        var fed = await admin.CreateFederationAsync();
        var problem = await RefusedAsync(() => admin.PostRawAsync(Units, new { name, kind = "DistrictFederation", parentId = fed }), HttpStatusCode.BadRequest, Invalid);
        Assert.Equal("name", problem.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Contains("bắt buộc", problem.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_lists_every_field_error_at_once()
    {
        var admin = await app.AdminAsync();
        var fed = await admin.CreateFederationAsync();
        var problem = await RefusedAsync(
            () => admin.PostRawAsync(Units, new { name = "", kind = "", parentId = fed, memberCount = -5, email = "không-phải-email" }),
            HttpStatusCode.BadRequest,
            Invalid);
        var fields = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Contains("name", fields);
        Assert.Contains("kind", fields);
        Assert.Contains("memberCount", fields);
        Assert.Contains("email", fields);
    }

    [Fact]
    public async Task Rename_to_an_empty_name_is_refused()
    {
        var admin = await app.AdminAsync();
        var fed = await admin.CreateFederationAsync();
        await RefusedAsync(() => admin.PostRawAsync($"{Units}/{fed}/rename", new { name = " " }), HttpStatusCode.BadRequest, Invalid);
    }

    [Fact]
    public async Task Create_under_an_unknown_parent_is_not_found()
    {
        var admin = await app.AdminAsync();
        await RefusedAsync(() => admin.PostRawAsync(Units, new { name = Unique("Công đoàn mồ côi"), kind = "GrassrootsUnion", parentId = 987654 }), HttpStatusCode.NotFound, NotFound);
    }

    [Fact]
    public async Task Restructuring_an_unknown_unit_is_not_found()
    {
        var admin = await app.AdminAsync();
        var fed = await admin.CreateFederationAsync();
        await RefusedAsync(() => admin.PostRawAsync($"{Units}/987654/rename", new { name = "Tên mới" }), HttpStatusCode.NotFound, NotFound);
        await RefusedAsync(() => admin.PostRawAsync($"{Units}/987654/move", new { parentId = fed }), HttpStatusCode.NotFound, NotFound);
        await RefusedAsync(() => admin.PostRawAsync($"{Units}/merge", new { sourceIds = new[] { 987654 }, targetId = fed }), HttpStatusCode.NotFound, NotFound);
        await RefusedAsync(() => admin.PostRawAsync($"{Units}/987654/dissolve", new { }), HttpStatusCode.NotFound, NotFound);
        await RefusedAsync(() => admin.GetAsync($"{Units}/987654"), HttpStatusCode.NotFound, NotFound);
        await RefusedAsync(() => admin.GetAsync($"{Units}/987654/history"), HttpStatusCode.NotFound, NotFound);
    }

    [Fact]
    public async Task An_effective_date_before_the_last_change_is_refused()
    {
        var admin = await app.AdminAsync();
        var fed = await admin.CreateFederationAsync();
        var unit = await admin.CreateUnitAsync(Unique("LĐLĐ huyện Na Rì"), "DistrictFederation", fed);
        await admin.PostJsonAsync($"{Units}/{unit}/rename", new { name = Unique("LĐLĐ huyện Na Rì mới"), effectiveDate = "2024-01-01" });

        var problem = await RefusedAsync(
            () => admin.PostRawAsync($"{Units}/{unit}/rename", new { name = Unique("Tên ghi đè lịch sử"), effectiveDate = "2023-06-01" }),
            HttpStatusCode.BadRequest,
            Invalid);
        Assert.Equal("effectiveDate", problem.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Contains("01/01/2024", problem.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);

        // Before the unit existed at all: a child cannot be created under it then.
        await RefusedAsync(
            () => admin.PostRawAsync(Units, new { name = Unique("Công đoàn quá sớm"), kind = "GrassrootsUnion", parentId = unit, effectiveDate = "2019-12-31" }),
            HttpStatusCode.BadRequest,
            Invalid);
    }

    [Theory]
    [InlineData("asOf=30/06/2025")]
    [InlineData("asOf=2025-13-01")]
    [InlineData("under=abc")]
    [InlineData("level=Province")]
    [InlineData("page=0")]
    [InlineData("pageSize=0")]
    public async Task Bad_list_filters_are_refused(string query)
    {
        var admin = await app.AdminAsync();
        var problem = await RefusedAsync(() => admin.GetAsync($"{Units}?{query}"), HttpStatusCode.BadRequest, Invalid);
        Assert.NotEqual(0, problem.GetProperty("errors").GetArrayLength());
    }

    [Fact]
    public async Task A_merge_that_fails_half_way_writes_nothing()
    {
        // The first source is fine; the second cannot go into the target (a district cannot sit
        // under a grassroots union), which is found only after the first source was handled.
        var admin = await app.AdminAsync();
        var fed = await admin.CreateFederationAsync();
        var d1 = await admin.CreateUnitAsync(Unique("LĐLĐ huyện Pác Nặm"), "DistrictFederation", fed);
        var school = await admin.CreateUnitAsync(Unique("Công đoàn Trường PTDTBT"), "GrassrootsUnion", d1);
        var target = await admin.CreateUnitAsync(Unique("Công đoàn xã Bộc Bố"), "GrassrootsUnion", d1);
        await admin.CreateUnitAsync(Unique("Tổ công đoàn Văn phòng"), "UnionGroup", school);
        var d2 = await admin.CreateUnitAsync(Unique("LĐLĐ huyện Ngân Sơn"), "DistrictFederation", fed);
        await admin.CreateUnitAsync(Unique("Công đoàn Trường THPT Ngân Sơn"), "GrassrootsUnion", d2);

        await RefusedAsync(() => admin.PostRawAsync($"{Units}/merge", new { sourceIds = new[] { school, d2 }, targetId = target }), HttpStatusCode.BadRequest, Invalid);
    }
}

public sealed class OrgUnitBadInputTests_Sqlite(SqliteAppFixture app) : OrgUnitBadInputTests<SqliteAppFixture>(app);

public sealed class OrgUnitBadInputTests_Postgres(PostgresAppFixture app) : OrgUnitBadInputTests<PostgresAppFixture>(app);
