using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Organization.Domain;

namespace TuyenGiao.IntegrationTests.Features.Organization;

/// <summary>
/// The 2025 reorganisation demo: Bắc Kạn's tree as of 2023 is untouched, and today its
/// grassroots unions sit under Thái Nguyên's commune and sector unions, with succession links.
/// </summary>
public abstract class ReorganisationTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private const string BacKan = "Liên đoàn Lao động tỉnh Bắc Kạn";
    private const string ThaiNguyen = "Liên đoàn Lao động tỉnh Thái Nguyên";

    [Fact]
    public async Task As_of_2023_the_tree_is_the_Bac_Kan_one()
    {
        var admin = await app.AdminAsync();
        var bk = await IdAsync("BK");

        var root = await admin.GetJsonAsync($"/api/v1/org-units/{bk}?asOf=2023-06-01");
        Assert.Equal(BacKan, root.GetProperty("unit").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("unit").GetProperty("parentId").ValueKind);

        var uppers = await admin.GetJsonAsync($"/api/v1/org-units?parentId={bk}&asOf=2023-06-01&pageSize=1000");
        Assert.Equal(10, uppers.GetProperty("total").GetInt32());
        var names = uppers.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("name").GetString()).ToList();
        Assert.Contains("Liên đoàn Lao động huyện Ba Bể", names);
        Assert.Contains("Công đoàn ngành Y tế tỉnh Bắc Kạn", names);

        var grassroots = await admin.GetJsonAsync($"/api/v1/org-units?under={bk}&level=GrassrootsUnion&asOf=2023-06-01&pageSize=1000");
        Assert.Equal(640, grassroots.GetProperty("total").GetInt32());
        Assert.All(grassroots.GetProperty("items").EnumerateArray(), g => Assert.Equal(2, g.GetProperty("depth").GetInt32()));

        // Thái Nguyên existed then too, with its own units only; no commune unions yet.
        var communes = await admin.GetJsonAsync("/api/v1/org-units?kind=CommuneUnion&asOf=2023-06-01");
        Assert.Equal(0, communes.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Today_the_Bac_Kan_grassroots_sit_under_Thai_Nguyen_commune_and_sector_unions()
    {
        var admin = await app.AdminAsync();
        var federations = await admin.GetJsonAsync("/api/v1/org-units?level=Federation");
        Assert.Equal(1, federations.GetProperty("total").GetInt32());
        Assert.Equal(ThaiNguyen, federations.GetProperty("items")[0].GetProperty("name").GetString());
        var tn = federations.GetProperty("items")[0].GetProperty("id").GetInt32();

        await (await admin.GetAsync($"/api/v1/org-units/{await IdAsync("BK")}")).ExpectAsync(HttpStatusCode.NotFound);

        var uppers = (await admin.GetJsonAsync($"/api/v1/org-units?parentId={tn}&pageSize=1000")).GetProperty("items").EnumerateArray().ToList();
        Assert.DoesNotContain(uppers, u => u.GetProperty("kind").GetString() == "DistrictFederation");
        var communes = uppers.Where(u => u.GetProperty("kind").GetString() == "CommuneUnion").ToList();
        Assert.InRange(communes.Count, 16, 24); // 8 district/city federations, 2–3 each
        Assert.Contains(communes, c => c.GetProperty("name").GetString() == "Công đoàn xã Ba Bể");
        Assert.Contains(communes, c => c.GetProperty("name").GetString() == "Công đoàn phường Đức Xuân");
        Assert.All(communes, c => Assert.True(c.GetProperty("childCount").GetInt32() > 0, c.GetProperty("name").GetString() + " has units"));
        var sectors = uppers.Where(u => u.GetProperty("kind").GetString() == "SectorUnion").Select(u => u.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Công đoàn ngành Giáo dục tỉnh Thái Nguyên", "Công đoàn ngành Y tế tỉnh Thái Nguyên"], sectors.Order().ToList());

        var allowedParents = uppers.Where(u => u.GetProperty("kind").GetString() is "CommuneUnion" or "SectorUnion")
            .Select(u => u.GetProperty("id").GetInt32()).ToHashSet();
        var grassroots = (await admin.GetJsonAsync($"/api/v1/org-units?under={tn}&level=GrassrootsUnion&pageSize=1000"))
            .GetProperty("items").EnumerateArray()
            .Where(g => g.GetProperty("code").GetString()!.StartsWith("BK-CS"))
            .ToList();
        Assert.Equal(640, grassroots.Count);
        Assert.All(grassroots, g => Assert.Contains(g.GetProperty("parentId").GetInt32(), allowedParents));

        var byName = grassroots.ToDictionary(g => g.GetProperty("name").GetString()!);
        Assert.Equal("Công đoàn xã Chợ Rã", byName["Công đoàn cơ sở UBND xã Thượng Giáo"].GetProperty("parentName").GetString());
        Assert.Equal("Công đoàn phường Đức Xuân", byName["Công đoàn cơ sở UBND phường Sông Cầu"].GetProperty("parentName").GetString());
        Assert.Equal("Công đoàn ngành Y tế tỉnh Thái Nguyên", byName["Công đoàn cơ sở Bệnh viện Đa khoa tỉnh Bắc Kạn"].GetProperty("parentName").GetString());
        Assert.Equal("Công đoàn ngành Giáo dục tỉnh Thái Nguyên", byName["Công đoàn cơ sở Trường THPT Chuyên Bắc Kạn"].GetProperty("parentName").GetString());
    }

    [Fact]
    public async Task Every_ended_unit_has_successors_and_grassroots_keep_their_history()
    {
        var admin = await app.AdminAsync();
        var bk = await IdAsync("BK");
        var before = (await admin.GetJsonAsync($"/api/v1/org-units?parentId={bk}&asOf=2025-06-30&pageSize=1000")).GetProperty("items").EnumerateArray()
            .Select(u => (Id: u.GetProperty("id").GetInt32(), Kind: u.GetProperty("kind").GetString()))
            .Append((Id: bk, Kind: "Federation"))
            .ToList();
        Assert.Equal(11, before.Count);

        foreach (var (id, kind) in before)
        {
            await (await admin.GetAsync($"/api/v1/org-units/{id}")).ExpectAsync(HttpStatusCode.NotFound); // ended
            var detail = await admin.GetJsonAsync($"/api/v1/org-units/{id}?asOf=2025-06-30");
            var successors = detail.GetProperty("successors").EnumerateArray().ToList();
            Assert.NotEmpty(successors);
            Assert.All(successors, s => Assert.Equal("2025-07-01", s.GetProperty("effectiveDate").GetString()));
            var expected = kind switch
            {
                "DistrictFederation" => "CommuneUnion",
                "SectorUnion" => "SectorUnion",
                _ => "Federation",
            };
            Assert.All(successors, s => Assert.Equal(expected, s.GetProperty("kind").GetString()));
        }

        var thuongGiao = await app.WithDbAsync(db => db.Set<OrgUnitVersion>().Where(v => v.Name == "Công đoàn cơ sở UBND xã Thượng Giáo").Select(v => v.UnitId).FirstAsync());
        var history = (await admin.GetJsonAsync($"/api/v1/org-units/{thuongGiao}/history")).EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal("Liên đoàn Lao động huyện Ba Bể", history[0].GetProperty("parentName").GetString());
        Assert.Equal("2025-07-01", history[0].GetProperty("validTo").GetString());
        Assert.Equal("Công đoàn xã Chợ Rã", history[1].GetProperty("parentName").GetString());
        Assert.StartsWith("Chia tách Liên đoàn Lao động huyện Ba Bể", history[1].GetProperty("change").GetString());

        var kinds = await app.WithDbAsync(db => db.Set<OrgRestructuring>().Where(r => r.EffectiveDate == new DateOnly(2025, 7, 1)).Select(r => r.Kind).ToListAsync());
        Assert.Equal(8, kinds.Count(k => k == RestructuringKind.Split));
        Assert.Equal(3, kinds.Count(k => k == RestructuringKind.Merge));
    }

    private Task<int> IdAsync(string code) =>
        app.WithDbAsync(db => db.Set<OrgUnit>().Where(u => u.Code == code).Select(u => u.Id).SingleAsync());
}

public sealed class ReorganisationTests_Sqlite(ReorganisationSqliteFixture app) : ReorganisationTests<ReorganisationSqliteFixture>(app);

public sealed class ReorganisationTests_Postgres(ReorganisationPostgresFixture app) : ReorganisationTests<ReorganisationPostgresFixture>(app);
