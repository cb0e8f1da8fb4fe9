using System.Net;
using System.Net.Http.Json;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using static TuyenGiao.IntegrationTests.Infrastructure.OrgApi;

namespace TuyenGiao.IntegrationTests.Features.Identity;

/// <summary>
/// Access is by unit subtree: every unit id on every org-unit route is checked. A unit out of
/// view answers 404 (no hint it exists); a unit in view without the right answers 403.
/// </summary>
public abstract class AccessScopeTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    /// <summary>
    /// A federation with two districts; each district has two grassroots unions and the first
    /// of district 1 has a union group.
    /// </summary>
    private sealed record Tree(HttpClient Admin, int Federation, int District1, int District2, int Own, int OwnGroup, int Sibling, int Far, int Far2);

    private async Task<Tree> TreeAsync()
    {
        var admin = await app.AdminAsync();
        var fed = await admin.CreateFederationAsync();
        var d1 = await admin.CreateUnitAsync(Unique("LĐLĐ huyện Bạch Thông"), "DistrictFederation", fed);
        var d2 = await admin.CreateUnitAsync(Unique("LĐLĐ huyện Chợ Đồn"), "DistrictFederation", fed);
        var own = await admin.CreateUnitAsync(Unique("Công đoàn Trường THCS Quân Bình"), "GrassrootsUnion", d1, memberCount: 18);
        var ownGroup = await admin.CreateUnitAsync(Unique("Tổ công đoàn Tổ Văn"), "UnionGroup", own);
        var sibling = await admin.CreateUnitAsync(Unique("Công đoàn Trạm Y tế xã Quân Bình"), "GrassrootsUnion", d1, memberCount: 9);
        var far = await admin.CreateUnitAsync(Unique("Công đoàn Công ty Khoáng sản Chợ Đồn"), "GrassrootsUnion", d2, memberCount: 140);
        var far2 = await admin.CreateUnitAsync(Unique("Công đoàn Trường THPT Chợ Đồn"), "GrassrootsUnion", d2, memberCount: 45);
        return new Tree(admin, fed, d1, d2, own, ownGroup, sibling, far, far2);
    }

    /// <summary>
    /// Every org-unit route a unit id can be given to, as (label, request). Routes that take two
    /// units (move under, merge) pair <paramref name="id"/> with <paramref name="partner"/>.
    /// </summary>
    private static IEnumerable<(string Route, Func<HttpClient, Task<HttpResponseMessage>> Send)> RoutesFor(int id, int partner, Tree t) =>
    [
        ("GET /{id}", c => c.GetAsync($"{Units}/{id}")),
        ("GET /{id}?asOf", c => c.GetAsync($"{Units}/{id}?asOf=2021-01-01")),
        ("GET /{id}/history", c => c.GetAsync($"{Units}/{id}/history")),
        ("GET ?under=", c => c.GetAsync($"{Units}?under={id}")),
        ("GET ?parentId=", c => c.GetAsync($"{Units}?parentId={id}")),
        ("POST / under it", c => c.PostAsJsonAsync(Units, new { name = Unique("Tổ công đoàn mới"), kind = "UnionGroup", parentId = id })),
        ("POST /{id}/rename", c => c.PostAsJsonAsync($"{Units}/{id}/rename", new { name = Unique("Tên mới") })),
        ("POST /{id}/move", c => c.PostAsJsonAsync($"{Units}/{id}/move", new { parentId = t.District2 })),
        ("POST /{id}/move (as new parent)", c => c.PostAsJsonAsync($"{Units}/{partner}/move", new { parentId = id })),
        ("POST /{id}/details", c => c.PostAsJsonAsync($"{Units}/{id}/details", new { memberCount = 1 })),
        ("POST /merge (source)", c => c.PostAsJsonAsync($"{Units}/merge", new { sourceIds = new[] { id }, targetId = partner })),
        ("POST /merge (target)", c => c.PostAsJsonAsync($"{Units}/merge", new { sourceIds = new[] { partner }, targetId = id })),
        ("POST /{id}/split", c => c.PostAsJsonAsync($"{Units}/{id}/split", new { parts = new[] { new { name = Unique("Phần tách"), kind = "GrassrootsUnion", childIds = Array.Empty<int>() } }, keepSource = true })),
        ("POST /{id}/dissolve", c => c.PostAsJsonAsync($"{Units}/{id}/dissolve", new { })),
    ];

    [Fact]
    public async Task Editor_of_one_grassroots_union_sees_its_own_unit()
    {
        var t = await TreeAsync();
        var editor = await app.ClientWithRoleAsync(AppRole.Editor, t.Own);

        var own = await editor.UnitAsync(t.Own);
        Assert.Equal(t.Own, own.GetProperty("unit").GetProperty("id").GetInt32());
        await editor.GetJsonAsync($"{Units}/{t.Own}/history");
        Assert.Equal([t.Own, t.OwnGroup], (await editor.ListAsync($"under={t.Own}")).Keys.Order().ToList());
        Assert.Equal([t.OwnGroup], (await editor.ListAsync($"parentId={t.Own}")).Keys.ToList());
        await editor.UnitAsync(t.OwnGroup);
    }

    [Fact]
    public async Task Editor_of_one_grassroots_union_lists_only_its_own_subtree()
    {
        var t = await TreeAsync();
        var editor = await app.ClientWithRoleAsync(AppRole.Editor, t.Own);

        var all = await editor.GetJsonAsync($"{Units}?pageSize=1000");
        var ids = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).Order().ToList();
        Assert.Equal([t.Own, t.OwnGroup], ids);
        Assert.Equal(2, all.GetProperty("total").GetInt32());

        // Searching does not widen the scope: the demo federation and the neighbours stay hidden.
        Assert.Empty(await editor.ListAsync("q=cong%20doan&level=UpperUnion"));
        Assert.Empty(await editor.ListAsync("q=bac%20kan"));
        Assert.Empty(await editor.ListAsync("asOf=2021-01-01&level=GrassrootsUnion&q=cho%20don"));
    }

    [Fact]
    public async Task Editor_of_one_grassroots_union_gets_not_found_for_another_unit_on_every_route()
    {
        var t = await TreeAsync();
        var editor = await app.ClientWithRoleAsync(AppRole.Editor, t.Own);
        var before = await app.OrgStateAsync();

        foreach (var other in new[] { t.Sibling, t.Far, t.District1, t.Federation })
        {
            foreach (var (route, send) in RoutesFor(other, t.Own, t))
            {
                var response = await send(editor);
                Assert.True(
                    response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden,
                    $"{route} for unit {other} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            }
        }

        Assert.Equal(before, await app.OrgStateAsync());
    }

    [Fact]
    public async Task Another_units_id_gets_not_found_rather_than_forbidden_so_its_existence_is_not_revealed()
    {
        var t = await TreeAsync();
        var editor = await app.ClientWithRoleAsync(AppRole.Editor, t.Own);

        var problem = await (await editor.GetAsync($"{Units}/{t.Far}")).ExpectAsync(HttpStatusCode.NotFound);
        var unknown = await (await editor.GetAsync($"{Units}/99999999")).ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal(unknown.GetProperty("title").GetString(), problem.GetProperty("title").GetString());
        await (await editor.PostAsJsonAsync($"{Units}/{t.Far}/rename", new { name = "Tên mới" })).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Editor_may_not_restructure_even_its_own_unit()
    {
        var t = await TreeAsync();
        var editor = await app.ClientWithRoleAsync(AppRole.Editor, t.Own);
        var before = await app.OrgStateAsync();

        foreach (var (route, send) in RoutesFor(t.Own, t.OwnGroup, t).Where(r => r.Route.StartsWith("POST", StringComparison.Ordinal)))
        {
            var response = await send(editor);
            var problem = await response.ExpectAsync(HttpStatusCode.Forbidden);
            Assert.True(problem.GetProperty("title").GetString() == "Bạn không có quyền thực hiện thao tác này", route);
        }

        // A new root federation is an Administrator's job at the root only.
        await (await editor.PostAsJsonAsync(Units, new { name = Unique("Liên đoàn tự lập"), kind = "Federation" })).ExpectAsync(HttpStatusCode.Forbidden);
        Assert.Equal(before, await app.OrgStateAsync());
    }

    [Fact]
    public async Task Administrator_of_a_district_restructures_inside_it()
    {
        var t = await TreeAsync();
        var districtAdmin = await app.ClientWithRoleAsync(AppRole.Administrator, t.District1);

        var created = await districtAdmin.CreateUnitAsync(Unique("Công đoàn Trường Tiểu học Quân Bình"), "GrassrootsUnion", t.District1, memberCount: 12);
        await districtAdmin.PostJsonAsync($"{Units}/{created}/rename", new { name = Unique("Công đoàn Trường TH Quân Bình"), effectiveDate = "2024-01-01" });
        await districtAdmin.PostJsonAsync($"{Units}/{t.OwnGroup}/move", new { parentId = t.Sibling, effectiveDate = "2024-01-01" });
        await districtAdmin.PostJsonAsync($"{Units}/merge", new { sourceIds = new[] { created }, targetId = t.Own, effectiveDate = "2025-07-01" });

        var list = await districtAdmin.ListAsync("");
        Assert.Contains(t.District1, list.Keys);
        Assert.DoesNotContain(t.District2, list.Keys);
        Assert.DoesNotContain(t.Far, list.Keys);
        Assert.DoesNotContain(t.Federation, list.Keys);
        Assert.Equal(18 + 12, list[t.Own].GetProperty("memberCount").GetInt32());
    }

    [Fact]
    public async Task Administrator_of_a_district_gets_not_found_outside_it()
    {
        var t = await TreeAsync();
        var districtAdmin = await app.ClientWithRoleAsync(AppRole.Administrator, t.District1);
        var before = await app.OrgStateAsync();

        foreach (var outside in new[] { t.Far, t.District2 })
        {
            foreach (var (route, send) in RoutesFor(outside, t.Own, t))
            {
                var response = await send(districtAdmin);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{route} for unit {outside} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }

        // Its own district's parent is out of its reach too, and so is a new root.
        await (await districtAdmin.PostAsJsonAsync($"{Units}/{t.District1}/move", new { parentId = t.Federation })).ExpectAsync(HttpStatusCode.NotFound);
        await (await districtAdmin.PostAsJsonAsync(Units, new { name = Unique("Liên đoàn tự lập"), kind = "Federation" })).ExpectAsync(HttpStatusCode.Forbidden);
        Assert.Equal(before, await app.OrgStateAsync());
    }

    [Fact]
    public async Task Viewer_of_a_district_sees_the_subtree_and_changes_nothing()
    {
        var t = await TreeAsync();
        var viewer = await app.ClientWithRoleAsync(AppRole.Viewer, t.District2);

        Assert.Equal([t.District2, t.Far, t.Far2], (await viewer.ListAsync("")).Keys.Order().ToList());
        await (await viewer.PostAsJsonAsync($"{Units}/{t.Far}/rename", new { name = "Tên mới" })).ExpectAsync(HttpStatusCode.Forbidden);
        await (await viewer.GetAsync($"{Units}/{t.Own}")).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Anonymous_callers_get_unauthorized_on_every_org_unit_route()
    {
        var t = await TreeAsync();
        var anonymous = app.Anonymous();

        foreach (var (route, send) in RoutesFor(t.Own, t.Sibling, t).Append(("GET /", c => c.GetAsync(Units))))
        {
            var response = await send(anonymous);
            var problem = await response.ExpectAsync(HttpStatusCode.Unauthorized);
            Assert.True(problem.GetProperty("title").GetString() == "Bạn cần đăng nhập", route);
        }
    }

    [Fact]
    public async Task A_forged_bearer_token_is_unauthorized()
    {
        var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "CfDJ8-gia-mao");
        await (await client.GetAsync(Units)).ExpectAsync(HttpStatusCode.Unauthorized);
    }
}

public sealed class AccessScopeTests_Sqlite(SqliteAppFixture app) : AccessScopeTests<SqliteAppFixture>(app);

public sealed class AccessScopeTests_Postgres(PostgresAppFixture app) : AccessScopeTests<PostgresAppFixture>(app);
