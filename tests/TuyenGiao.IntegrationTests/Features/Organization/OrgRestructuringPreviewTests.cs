using System.Net;
using System.Text.Json;
using TuyenGiao.IntegrationTests.Infrastructure;
using static TuyenGiao.IntegrationTests.Infrastructure.OrgApi;

namespace TuyenGiao.IntegrationTests.Features.Organization;

/// <summary>
/// <c>?preview=true</c> on every restructuring answers the lines it would change and writes
/// nothing: the database before and after is the same, row for row.
/// </summary>
public abstract class OrgRestructuringPreviewTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private sealed record Tree(HttpClient Admin, int Federation, int District, int OtherDistrict, int School, int Clinic, int Group);

    private async Task<Tree> TreeAsync()
    {
        var admin = await app.AdminAsync();
        var fed = await admin.CreateFederationAsync();
        var district = await admin.CreateUnitAsync(Unique("LĐLĐ huyện Bạch Thông"), "DistrictFederation", fed);
        var other = await admin.CreateUnitAsync(Unique("LĐLĐ huyện Chợ Đồn"), "DistrictFederation", fed);
        var school = await admin.CreateUnitAsync(Unique("Công đoàn Trường Mầm non Phủ Thông"), "GrassrootsUnion", district, memberCount: 22);
        var clinic = await admin.CreateUnitAsync(Unique("Công đoàn Trung tâm Y tế Bạch Thông"), "GrassrootsUnion", district, memberCount: 60);
        var group = await admin.CreateUnitAsync(Unique("Tổ công đoàn Khối lớp lớn"), "UnionGroup", school, memberCount: 8);
        return new Tree(admin, fed, district, other, school, clinic, group);
    }

    private async Task<JsonElement> PreviewWritesNothingAsync(HttpClient admin, string url, object body)
    {
        var before = await app.OrgStateAsync();
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var result = await admin.PostJsonAsync($"{url}{separator}preview=true", body);
        Assert.Equal(before, await app.OrgStateAsync());

        Assert.True(result.GetProperty("preview").GetBoolean());
        Assert.Equal(JsonValueKind.Null, result.GetProperty("id").ValueKind);
        Assert.NotEmpty(result.GetProperty("summary").GetString()!);
        var lines = result.GetProperty("changes").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.False(string.IsNullOrWhiteSpace(l)));
        return result;
    }

    [Fact]
    public async Task Previewing_a_creation_writes_nothing()
    {
        var t = await TreeAsync();
        var name = Unique("Công đoàn Trường Tiểu học Cẩm Giàng");
        var result = await PreviewWritesNothingAsync(t.Admin, Units, new { name, kind = "GrassrootsUnion", parentId = t.District });
        Assert.Contains(result.GetProperty("changes").EnumerateArray(), l => l.GetString()!.Contains(name, StringComparison.Ordinal));
        Assert.Empty(await t.Admin.ListAsync($"q={Uri.EscapeDataString(name)}"));
    }

    [Fact]
    public async Task Previewing_a_rename_writes_nothing()
    {
        var t = await TreeAsync();
        var name = Unique("Công đoàn Trường Mầm non Hoa Sen");
        var result = await PreviewWritesNothingAsync(t.Admin, $"{Units}/{t.School}/rename", new { name });
        Assert.Contains(result.GetProperty("changes").EnumerateArray(), l => l.GetString()!.Contains(name, StringComparison.Ordinal));
        Assert.NotEqual(name, (await t.Admin.UnitAsync(t.School)).GetProperty("unit").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Previewing_a_move_writes_nothing()
    {
        var t = await TreeAsync();
        var result = await PreviewWritesNothingAsync(t.Admin, $"{Units}/{t.School}/move", new { parentId = t.OtherDistrict, effectiveDate = "2024-01-01" });
        Assert.Contains(t.Group, result.GetProperty("affectedUnitIds").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(t.District, (await t.Admin.UnitAsync(t.School)).GetProperty("unit").GetProperty("parentId").GetInt32());
    }

    [Fact]
    public async Task Previewing_new_details_writes_nothing()
    {
        var t = await TreeAsync();
        await PreviewWritesNothingAsync(t.Admin, $"{Units}/{t.Clinic}/details", new { memberCount = 75, address = "Tổ 5, thị trấn Phủ Thông" });
        Assert.Equal(60, (await t.Admin.UnitAsync(t.Clinic)).GetProperty("unit").GetProperty("memberCount").GetInt32());
    }

    [Fact]
    public async Task Previewing_a_merge_writes_nothing()
    {
        var t = await TreeAsync();
        var result = await PreviewWritesNothingAsync(t.Admin, $"{Units}/merge", new { sourceIds = new[] { t.School }, targetId = t.Clinic, effectiveDate = "2025-07-01" });
        Assert.Contains(result.GetProperty("changes").EnumerateArray(), l => l.GetString()!.Contains("82", StringComparison.Ordinal)); // 60 + 22 members
        Assert.Empty((await t.Admin.UnitAsync(t.Clinic)).GetProperty("predecessors").EnumerateArray());
    }

    [Fact]
    public async Task Previewing_a_merge_into_a_new_unit_writes_nothing()
    {
        var t = await TreeAsync();
        var name = Unique("Công đoàn cụm trường Phủ Thông");
        await PreviewWritesNothingAsync(t.Admin, $"{Units}/merge", new { sourceIds = new[] { t.School, t.Clinic }, newUnit = new { name, kind = "GrassrootsUnion", parentId = t.District } });
        Assert.Empty(await t.Admin.ListAsync($"q={Uri.EscapeDataString(name)}"));
    }

    [Fact]
    public async Task Previewing_a_split_writes_nothing()
    {
        var t = await TreeAsync();
        await PreviewWritesNothingAsync(t.Admin, $"{Units}/{t.District}/split", new
        {
            parts = new[]
            {
                new { name = Unique("Công đoàn xã Phủ Thông"), kind = "CommuneUnion", childIds = new[] { t.School } },
                new { name = Unique("Công đoàn xã Cẩm Giàng"), kind = "CommuneUnion", childIds = new[] { t.Clinic } },
            },
            effectiveDate = "2025-07-01",
        });
        Assert.Equal(new[] { t.Clinic, t.School }.Order(), (await t.Admin.ListAsync($"parentId={t.District}")).Keys.Order().ToList());
    }

    [Fact]
    public async Task Previewing_a_dissolution_writes_nothing()
    {
        var t = await TreeAsync();
        await PreviewWritesNothingAsync(t.Admin, $"{Units}/{t.Group}/dissolve", new { note = "Thử" });
        await t.Admin.UnitAsync(t.Group);
    }

    [Fact]
    public async Task A_refused_preview_answers_the_same_problem_as_the_real_change()
    {
        var t = await TreeAsync();
        var preview = await (await t.Admin.PostRawAsync($"{Units}/{t.District}/dissolve?preview=true", new { })).ExpectAsync(HttpStatusCode.BadRequest);
        var real = await (await t.Admin.PostRawAsync($"{Units}/{t.District}/dissolve", new { })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(real.GetProperty("detail").GetString(), preview.GetProperty("detail").GetString());
    }
}

public sealed class OrgRestructuringPreviewTests_Sqlite(SqliteAppFixture app) : OrgRestructuringPreviewTests<SqliteAppFixture>(app);

public sealed class OrgRestructuringPreviewTests_Postgres(PostgresAppFixture app) : OrgRestructuringPreviewTests<PostgresAppFixture>(app);
