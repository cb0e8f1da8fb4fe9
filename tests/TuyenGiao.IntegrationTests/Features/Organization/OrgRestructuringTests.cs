using System.Net;
using System.Text.Json;
using TuyenGiao.IntegrationTests.Infrastructure;
using static TuyenGiao.IntegrationTests.Infrastructure.OrgApi;

namespace TuyenGiao.IntegrationTests.Features.Organization;

/// <summary>
/// Restructurings keep history: every change is a new version from its effective date, so the
/// tree before the date still answers as it was. Each test builds its own tree under a new
/// root federation.
/// </summary>
public abstract class OrgRestructuringTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private static readonly DateOnly MergeDay = new(2025, 7, 1);
    private static readonly DateOnly DayBefore = new(2025, 6, 30);

    [Fact]
    public async Task Merge_keeps_the_sources_before_the_date_and_hands_children_and_members_to_the_target()
    {
        var admin = await app.AdminAsync();
        var fed = await admin.CreateFederationAsync();
        var d1 = await admin.CreateUnitAsync(Unique("LĐLĐ huyện Ba Bể"), "DistrictFederation", fed);
        var d2 = await admin.CreateUnitAsync(Unique("LĐLĐ huyện Chợ Đồn"), "DistrictFederation", fed);
        var nameA = Unique("Công đoàn Trường Tiểu học Chu Hương");
        var nameB = Unique("Công đoàn Trạm Y tế xã Đồng Phúc");
        var a = await admin.CreateUnitAsync(nameA, "GrassrootsUnion", d1, memberCount: 40);
        var b = await admin.CreateUnitAsync(nameB, "GrassrootsUnion", d1, memberCount: 25);
        var target = await admin.CreateUnitAsync(Unique("Công đoàn xã Chu Hương"), "GrassrootsUnion", d2, memberCount: 10);
        var groupOfA = await admin.CreateUnitAsync(Unique("Tổ công đoàn Khối 1"), "UnionGroup", a, memberCount: 12);
        var groupOfB = await admin.CreateUnitAsync(Unique("Tổ công đoàn Khối 2"), "UnionGroup", b, memberCount: 8);

        var merged = await admin.PostJsonAsync($"{Units}/merge", new { sourceIds = new[] { a, b }, targetId = target, effectiveDate = Date(MergeDay) });
        Assert.False(merged.GetProperty("preview").GetBoolean());
        Assert.Equal(target, merged.GetProperty("unitId").GetInt32());

        // The day before: the sources stand under their parent with their names and members.
        var before = await admin.ListAsync($"parentId={d1}&asOf={Date(DayBefore)}");
        Assert.Equal(nameA, before[a].GetProperty("name").GetString());
        Assert.Equal(nameB, before[b].GetProperty("name").GetString());
        Assert.Equal(d1, before[a].GetProperty("parentId").GetInt32());
        Assert.Equal(40, before[a].GetProperty("memberCount").GetInt32());
        var groupsBefore = await admin.ListAsync($"parentId={a}&asOf={Date(DayBefore)}");
        Assert.Contains(groupOfA, groupsBefore.Keys);
        Assert.Equal(10, (await admin.UnitAsync(target, DayBefore)).GetProperty("unit").GetProperty("memberCount").GetInt32());

        // Today: the sources are gone; the target has their units below and their members.
        var subtreeToday = await admin.ListAsync($"under={fed}");
        Assert.DoesNotContain(a, subtreeToday.Keys);
        Assert.DoesNotContain(b, subtreeToday.Keys);
        var underTarget = await admin.ListAsync($"parentId={target}");
        Assert.Equal([groupOfA, groupOfB], underTarget.Keys.Order().ToList());
        var targetToday = await admin.UnitAsync(target);
        Assert.Equal(10 + 40 + 25, targetToday.GetProperty("unit").GetProperty("memberCount").GetInt32());
        Assert.Equal([a, b], targetToday.GetProperty("predecessors").UnitIds().Order().ToList());
        Assert.All(targetToday.GetProperty("predecessors").EnumerateArray(), p => Assert.Equal(Date(MergeDay), p.GetProperty("effectiveDate").GetString()));

        // A source asked for on a date before the merge shows itself and its successor.
        var sourceBefore = await admin.UnitAsync(a, DayBefore);
        Assert.Equal(nameA, sourceBefore.GetProperty("unit").GetProperty("name").GetString());
        Assert.Equal([target], sourceBefore.GetProperty("successors").UnitIds());
        Assert.Equal(d1, sourceBefore.GetProperty("ancestors").EnumerateArray().Last().GetProperty("id").GetInt32());

        // … and is not there on the merge day itself.
        var gone = await (await admin.GetAsync($"{Units}/{a}?asOf={Date(MergeDay)}")).ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal("Không tìm thấy", gone.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Merge_into_a_new_unit_sums_the_members_of_the_sources()
    {
        var admin = await app.AdminAsync();
        var fed = await admin.CreateFederationAsync();
        var d1 = await admin.CreateUnitAsync(Unique("LĐLĐ huyện Na Rì"), "DistrictFederation", fed, memberCount: 0);
        var d2 = await admin.CreateUnitAsync(Unique("LĐLĐ huyện Ngân Sơn"), "DistrictFederation", fed, memberCount: 0);
        var newName = Unique("Công đoàn khu vực phía Bắc");

        var merged = await admin.PostJsonAsync($"{Units}/merge", new
        {
            sourceIds = new[] { d1, d2 },
            newUnit = new { name = newName, kind = "CommuneUnion", parentId = fed },
            effectiveDate = Date(MergeDay),
        });

        var created = merged.GetProperty("unitId").GetInt32();
        Assert.Equal([created], merged.GetProperty("createdUnitIds").EnumerateArray().Select(e => e.GetInt32()).ToList());
        var unit = await admin.UnitAsync(created);
        Assert.Equal(newName, unit.GetProperty("unit").GetProperty("name").GetString());
        Assert.Equal([d1, d2], unit.GetProperty("predecessors").UnitIds().Order().ToList());
        var failed = await (await admin.GetAsync($"{Units}/{created}?asOf={Date(DayBefore)}")).ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal("Không tìm thấy", failed.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Merge_refuses_a_source_that_lies_inside_another_source()
    {
        var admin = await app.AdminAsync();
        var fed = await admin.CreateFederationAsync();
        var district = await admin.CreateUnitAsync(Unique("LĐLĐ huyện Pác Nặm"), "DistrictFederation", fed);
        var inner = await admin.CreateUnitAsync(Unique("Công đoàn cơ sở Trường THCS Bộc Bố"), "GrassrootsUnion", district);
        var target = await admin.CreateUnitAsync(Unique("LĐLĐ huyện Ba Bể"), "DistrictFederation", fed);

        var problem = await (await admin.PostRawAsync($"{Units}/merge", new { sourceIds = new[] { inner, district }, targetId = target, effectiveDate = Date(MergeDay) }))
            .ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Dữ liệu chưa hợp lệ", problem.GetProperty("title").GetString());
        Assert.Equal("sourceIds", problem.GetProperty("errors")[0].GetProperty("field").GetString());

        // Nothing changed: the inner unit is still under its district today.
        var unit = await admin.UnitAsync(inner);
        Assert.Equal(district, unit.GetProperty("unit").GetProperty("parentId").GetInt32());
    }

    [Fact]
    public async Task Rename_keeps_the_old_name_before_the_effective_date()
    {
        var admin = await app.AdminAsync();
        var fed = await admin.CreateFederationAsync();
        var oldName = Unique("Công đoàn Công ty Cổ phần Khoáng sản Bắc Kạn");
        var unit = await admin.CreateUnitAsync(oldName, "GrassrootsUnion", await admin.CreateUnitAsync(Unique("LĐLĐ huyện Chợ Mới"), "DistrictFederation", fed));
        var newName = Unique("Công đoàn Tổng Công ty Khoáng sản Thái Nguyên");
        var day = new DateOnly(2024, 3, 1);

        var result = await admin.PostJsonAsync($"{Units}/{unit}/rename", new { name = "  " + newName + " ", effectiveDate = Date(day) });
        Assert.Contains(result.GetProperty("changes").EnumerateArray(), l => l.GetString()!.Contains(newName, StringComparison.Ordinal));

        Assert.Equal(oldName, (await admin.UnitAsync(unit, day.AddDays(-1))).GetProperty("unit").GetProperty("name").GetString());
        Assert.Equal(newName, (await admin.UnitAsync(unit, day)).GetProperty("unit").GetProperty("name").GetString());
        Assert.Equal(newName, (await admin.UnitAsync(unit)).GetProperty("unit").GetProperty("name").GetString());

        var history = await admin.GetJsonAsync($"{Units}/{unit}/history");
        Assert.Equal([oldName, newName], history.EnumerateArray().Select(h => h.GetProperty("name").GetString()).ToList());
        Assert.Equal(Date(day), history[0].GetProperty("validTo").GetString());
        Assert.Equal(Date(day), history[1].GetProperty("validFrom").GetString());
        Assert.Equal(JsonValueKind.Null, history[1].GetProperty("validTo").ValueKind);

        // The list search finds the unit by its new name only after the date.
        var q = Uri.EscapeDataString(newName);
        Assert.Contains(unit, (await admin.ListAsync($"q={q}")).Keys);
        Assert.DoesNotContain(unit, (await admin.ListAsync($"q={q}&asOf={Date(day.AddDays(-1))}")).Keys);
    }

    [Fact]
    public async Task Move_takes_the_whole_subtree_to_the_new_parent_from_the_date()
    {
        var admin = await app.AdminAsync();
        var fed = await admin.CreateFederationAsync();
        var from = await admin.CreateUnitAsync(Unique("LĐLĐ huyện Pác Nặm"), "DistrictFederation", fed);
        var to = await admin.CreateUnitAsync(Unique("Công đoàn ngành Giáo dục"), "SectorUnion", fed);
        var school = await admin.CreateUnitAsync(Unique("Công đoàn Trường THCS Bộc Bố"), "GrassrootsUnion", from, memberCount: 30);
        var group = await admin.CreateUnitAsync(Unique("Tổ công đoàn Tổ Toán"), "UnionGroup", school);
        var day = new DateOnly(2024, 9, 1);

        var moved = await admin.PostJsonAsync($"{Units}/{school}/move", new { parentId = to, effectiveDate = Date(day) });
        Assert.Contains(group, moved.GetProperty("affectedUnitIds").EnumerateArray().Select(e => e.GetInt32()));

        var underToBefore = await admin.ListAsync($"under={to}&asOf={Date(day.AddDays(-1))}");
        Assert.DoesNotContain(school, underToBefore.Keys);
        Assert.DoesNotContain(group, underToBefore.Keys);
        var underFromBefore = await admin.ListAsync($"under={from}&asOf={Date(day.AddDays(-1))}");
        Assert.Contains(school, underFromBefore.Keys);
        Assert.Contains(group, underFromBefore.Keys);

        var underToAfter = await admin.ListAsync($"under={to}&asOf={Date(day)}");
        Assert.Contains(school, underToAfter.Keys);
        Assert.Contains(group, underToAfter.Keys);
        Assert.Equal(to, underToAfter[school].GetProperty("parentId").GetInt32());
        Assert.Equal(school, underToAfter[group].GetProperty("parentId").GetInt32());
        Assert.Equal([from], (await admin.ListAsync($"under={from}")).Keys.ToList());

        var groupToday = await admin.UnitAsync(group);
        Assert.Equal([fed, to, school], groupToday.GetProperty("ancestors").EnumerateArray().Select(x => x.GetProperty("id").GetInt32()).ToList());
    }

    [Fact]
    public async Task Move_under_its_own_descendant_is_refused()
    {
        var admin = await app.AdminAsync();
        var fed = await admin.CreateFederationAsync();
        var d = await admin.CreateUnitAsync(Unique("LĐLĐ huyện Bạch Thông"), "DistrictFederation", fed);
        var g = await admin.CreateUnitAsync(Unique("Công đoàn cơ sở Phủ Thông"), "GrassrootsUnion", d);
        var before = await app.OrgStateAsync();

        var problem = await (await admin.PostRawAsync($"{Units}/{d}/move", new { parentId = g })).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Dữ liệu chưa hợp lệ", problem.GetProperty("title").GetString());
        Assert.Equal("parentId", problem.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(before, await app.OrgStateAsync());
    }

    [Fact]
    public async Task Split_gives_each_new_unit_the_children_listed_and_ends_the_source()
    {
        var admin = await app.AdminAsync();
        var fed = await admin.CreateFederationAsync();
        var source = await admin.CreateUnitAsync(Unique("LĐLĐ thành phố Bắc Kạn"), "DistrictFederation", fed);
        var c1 = await admin.CreateUnitAsync(Unique("Công đoàn phường Đức Xuân"), "GrassrootsUnion", source);
        var c2 = await admin.CreateUnitAsync(Unique("Công đoàn phường Sông Cầu"), "GrassrootsUnion", source);
        var c3 = await admin.CreateUnitAsync(Unique("Công đoàn phường Phùng Chí Kiên"), "GrassrootsUnion", source);
        var day = new DateOnly(2025, 7, 1);

        var split = await admin.PostJsonAsync($"{Units}/{source}/split", new
        {
            parts = new object[]
            {
                new { name = Unique("Công đoàn phường Bắc Kạn"), kind = "CommuneUnion", memberCount = 50, childIds = new[] { c1, c2 } },
                new { name = Unique("Công đoàn phường Đức Xuân mới"), kind = "CommuneUnion", memberCount = 20, childIds = new[] { c3 } },
            },
            effectiveDate = Date(day),
        });

        var created = split.GetProperty("createdUnitIds").EnumerateArray().Select(e => e.GetInt32()).ToList();
        Assert.Equal(2, created.Count);
        Assert.Equal([c1, c2], (await admin.ListAsync($"parentId={created[0]}")).Keys.Order().ToList());
        Assert.Equal([c3], (await admin.ListAsync($"parentId={created[1]}")).Keys.ToList());
        Assert.Equal(fed, (await admin.UnitAsync(created[0])).GetProperty("unit").GetProperty("parentId").GetInt32());

        var sourceBefore = await admin.UnitAsync(source, day.AddDays(-1));
        Assert.Equal(created.Order().ToList(), sourceBefore.GetProperty("successors").UnitIds().Order().ToList());
        Assert.Equal([c1, c2, c3], (await admin.ListAsync($"parentId={source}&asOf={Date(day.AddDays(-1))}")).Keys.Order().ToList());
        await (await admin.GetAsync($"{Units}/{source}")).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Split_that_leaves_a_child_without_a_new_unit_is_refused_and_writes_nothing()
    {
        var admin = await app.AdminAsync();
        var fed = await admin.CreateFederationAsync();
        var source = await admin.CreateUnitAsync(Unique("LĐLĐ huyện Ba Bể"), "DistrictFederation", fed);
        var c1 = await admin.CreateUnitAsync(Unique("Công đoàn xã Nam Mẫu"), "GrassrootsUnion", source);
        var left = Unique("Công đoàn xã Quảng Khê");
        await admin.CreateUnitAsync(left, "GrassrootsUnion", source);
        var before = await app.OrgStateAsync();

        var problem = await (await admin.PostRawAsync($"{Units}/{source}/split", new
        {
            parts = new[] { new { name = Unique("Công đoàn khu vực hồ Ba Bể"), kind = "CommuneUnion", childIds = new[] { c1 } } },
        })).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Dữ liệu chưa hợp lệ", problem.GetProperty("title").GetString());
        var error = problem.GetProperty("errors")[0];
        Assert.Equal("parts", error.GetProperty("field").GetString());
        Assert.Contains(left, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await app.OrgStateAsync());
    }

    [Fact]
    public async Task Dissolve_is_refused_while_units_remain_below_and_ends_a_leaf_from_the_date()
    {
        var admin = await app.AdminAsync();
        var fed = await admin.CreateFederationAsync();
        var parent = await admin.CreateUnitAsync(Unique("LĐLĐ huyện Ngân Sơn"), "DistrictFederation", fed);
        var leaf = await admin.CreateUnitAsync(Unique("Công đoàn Hạt Kiểm lâm Ngân Sơn"), "GrassrootsUnion", parent);
        var before = await app.OrgStateAsync();

        var refused = await (await admin.PostRawAsync($"{Units}/{parent}/dissolve", new { })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Dữ liệu chưa hợp lệ", refused.GetProperty("title").GetString());
        Assert.Contains("giải thể", refused.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await app.OrgStateAsync());

        var day = new DateOnly(2025, 1, 1);
        await admin.PostJsonAsync($"{Units}/{leaf}/dissolve", new { effectiveDate = Date(day), note = "Sáp nhập cơ quan" });
        Assert.Contains(leaf, (await admin.ListAsync($"parentId={parent}&asOf={Date(day.AddDays(-1))}")).Keys);
        Assert.DoesNotContain(leaf, (await admin.ListAsync($"parentId={parent}&asOf={Date(day)}")).Keys);
        Assert.Equal(Date(day), (await admin.GetJsonAsync($"{Units}/{leaf}/history")).EnumerateArray().Last().GetProperty("validTo").GetString());
    }

    [Fact]
    public async Task Details_change_members_from_the_date_only()
    {
        var admin = await app.AdminAsync();
        var fed = await admin.CreateFederationAsync();
        var unit = await admin.CreateUnitAsync(Unique("Công đoàn Bệnh viện Đa khoa"), "GrassrootsUnion", await admin.CreateUnitAsync(Unique("Công đoàn ngành Y tế"), "SectorUnion", fed), memberCount: 120);
        var day = new DateOnly(2023, 5, 1);

        await admin.PostJsonAsync($"{Units}/{unit}/details", new { memberCount = 135, phone = "0209 3870 123", email = "congdoan.bvdk@example.vn", effectiveDate = Date(day) });

        Assert.Equal(120, (await admin.UnitAsync(unit, day.AddDays(-1))).GetProperty("unit").GetProperty("memberCount").GetInt32());
        var after = (await admin.UnitAsync(unit, day)).GetProperty("unit");
        Assert.Equal(135, after.GetProperty("memberCount").GetInt32());
        Assert.Equal("congdoan.bvdk@example.vn", after.GetProperty("email").GetString());
    }

    [Fact]
    public async Task Create_with_an_unknown_kind_is_refused()
    {
        var admin = await app.AdminAsync();
        var fed = await admin.CreateFederationAsync();
        var before = await app.OrgStateAsync();

        var problem = await (await admin.PostRawAsync(Units, new { name = "Công đoàn không rõ loại", kind = "Ministry", parentId = fed })).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Dữ liệu chưa hợp lệ", problem.GetProperty("title").GetString());
        Assert.Equal("kind", problem.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Contains("Ministry", problem.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await app.OrgStateAsync());
    }

    [Theory]
    [InlineData("DistrictFederation", "GrassrootsUnion")] // an upper union under a grassroots union
    [InlineData("GrassrootsUnion", "UnionGroup")] // a grassroots union under a union group
    [InlineData("Federation", "DistrictFederation")] // a province under a district
    [InlineData("GrassrootsUnion", null)] // only a federation stands at the top
    public async Task Create_at_the_wrong_level_is_refused(string kind, string? parentKind)
    {
        var admin = await app.AdminAsync();
        var fed = await admin.CreateFederationAsync();
        int? parent = null;
        if (parentKind is not null)
        {
            var district = await admin.CreateUnitAsync(Unique("LĐLĐ huyện thử"), "DistrictFederation", fed);
            var grassroots = await admin.CreateUnitAsync(Unique("Công đoàn cơ sở thử"), "GrassrootsUnion", district);
            var group = await admin.CreateUnitAsync(Unique("Tổ công đoàn thử"), "UnionGroup", grassroots);
            parent = parentKind switch { "GrassrootsUnion" => grassroots, "UnionGroup" => group, _ => district };
        }

        var before = await app.OrgStateAsync();
        var problem = await (await admin.PostRawAsync(Units, new { name = Unique("Đơn vị sai cấp"), kind, parentId = parent })).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Dữ liệu chưa hợp lệ", problem.GetProperty("title").GetString());
        Assert.Equal("parentId", problem.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal(before, await app.OrgStateAsync());
    }
}

public sealed class OrgRestructuringTests_Sqlite(SqliteAppFixture app) : OrgRestructuringTests<SqliteAppFixture>(app);

public sealed class OrgRestructuringTests_Postgres(PostgresAppFixture app) : OrgRestructuringTests<PostgresAppFixture>(app);
