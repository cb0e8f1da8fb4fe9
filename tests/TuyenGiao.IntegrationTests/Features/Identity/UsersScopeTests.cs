using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using static TuyenGiao.IntegrationTests.Features.Identity.UsersApi;

namespace TuyenGiao.IntegrationTests.Features.Identity;

/// <summary>
/// Accounts and the audit log by unit subtree: an Administrator of one district federation manages
/// only that district's accounts and reads only its audit entries; other roles get 403.
/// </summary>
public abstract class UsersScopeTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private const string Password = "mật khẩu thử nghiệm đủ dài";

    [Fact]
    public async Task District_administrator_cannot_see_or_manage_another_districts_account()
    {
        var admin = await app.AdminAsync();
        var bachThong = await UpperUnionAsync(admin, "bach thong");
        var naRi = await UpperUnionAsync(admin, "na ri");
        var naRiGrassroots = await GrassrootsUnderAsync(admin, naRi);
        var outsider = await CreateOkAsync(admin, NewEmail("na-ri"), Password, Role("Editor", naRiGrassroots));
        var districtAdmin = await app.ClientWithRoleAsync(AppRole.Administrator, bachThong);

        await (await districtAdmin.GetAsync($"/api/v1/users/{outsider}")).ExpectAsync(HttpStatusCode.NotFound);
        await (await districtAdmin.PutAsJsonAsync($"/api/v1/users/{outsider}", new { fullName = "Đổi tên trái phép" })).ExpectAsync(HttpStatusCode.NotFound);
        await (await districtAdmin.PutAsJsonAsync($"/api/v1/users/{outsider}/roles", new { roles = new[] { Role("Viewer", bachThong) } })).ExpectAsync(HttpStatusCode.NotFound);
        await (await districtAdmin.PostAsJsonAsync($"/api/v1/users/{outsider}/password", new { password = "mật khẩu do người ngoài đặt" })).ExpectAsync(HttpStatusCode.NotFound);
        await (await districtAdmin.PostAsync($"/api/v1/users/{outsider}/unlock", null)).ExpectAsync(HttpStatusCode.NotFound);
        await (await districtAdmin.DeleteAsync($"/api/v1/users/{outsider}")).ExpectAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(outsider, await ItemIdsAsync(districtAdmin, "/api/v1/users?pageSize=1000"));
        await (await districtAdmin.GetAsync($"/api/v1/users?unitId={naRi}")).ExpectAsync(HttpStatusCode.NotFound);

        // The system administrator is out of reach too.
        var me = await app.WithDbAsync(db => db.Users.Where(u => u.Email == AppFixture.AdminEmail).Select(u => u.Id).SingleAsync());
        await (await districtAdmin.GetAsync($"/api/v1/users/{me}")).ExpectAsync(HttpStatusCode.NotFound);

        var untouched = await admin.GetJsonAsync($"/api/v1/users/{outsider}");
        Assert.Equal("Nguyễn Văn Thử", untouched.GetProperty("fullName").GetString());
        Assert.Equal("Editor", Assert.Single(untouched.GetProperty("roles").EnumerateArray()).GetProperty("role").GetString());
        await (await LoginAsync(app, untouched.GetProperty("email").GetString()!, Password)).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task District_administrator_manages_accounts_inside_its_subtree_only()
    {
        var admin = await app.AdminAsync();
        var bachThong = await UpperUnionAsync(admin, "bach thong");
        var grassroots = await GrassrootsUnderAsync(admin, bachThong);
        var naRi = await UpperUnionAsync(admin, "na ri");
        var districtAdmin = await app.ClientWithRoleAsync(AppRole.Administrator, bachThong);

        var email = NewEmail("bach-thong");
        var id = await CreateOkAsync(districtAdmin, email, Password, Role("Editor", grassroots));
        Assert.Contains(id, await ItemIdsAsync(districtAdmin, "/api/v1/users?pageSize=1000"));
        Assert.Contains(id, await ItemIdsAsync(districtAdmin, $"/api/v1/users?unitId={grassroots}&pageSize=1000"));
        await (await districtAdmin.PutAsJsonAsync($"/api/v1/users/{id}/roles", new { roles = new[] { Role("Approver", grassroots), Role("Viewer", bachThong) } })).ExpectAsync(HttpStatusCode.OK);
        await (await districtAdmin.PutAsJsonAsync($"/api/v1/users/{id}", new { isDisabled = true })).ExpectAsync(HttpStatusCode.OK);
        await (await districtAdmin.PutAsJsonAsync($"/api/v1/users/{id}", new { isDisabled = false })).ExpectAsync(HttpStatusCode.OK);

        // A role on another district's unit reads as an unknown unit; a system-wide role is forbidden.
        var elsewhere = await (await CreateAsync(districtAdmin, NewEmail("vuot-quyen"), Password, Role("Editor", naRi))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(FieldMessages(elsewhere, "roles[0].unitId"));
        await (await CreateAsync(districtAdmin, NewEmail("toan-he-thong"), Password, Role("Viewer", null))).ExpectAsync(HttpStatusCode.Forbidden);
        var widen = await (await districtAdmin.PutAsJsonAsync($"/api/v1/users/{id}/roles", new { roles = new[] { Role("Editor", naRi) } })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(FieldMessages(widen, "roles[0].unitId"));
        await (await districtAdmin.PutAsJsonAsync($"/api/v1/users/{id}/roles", new { roles = Array.Empty<object>() })).ExpectAsync(HttpStatusCode.BadRequest);
        var roles = (await admin.GetJsonAsync($"/api/v1/users/{id}")).GetProperty("roles").EnumerateArray().Select(r => r.GetProperty("unitId").GetInt32()).ToList();
        Assert.Equal(new[] { grassroots, bachThong }, roles);

        // A system administrator may grant across districts, after which the district administrator loses sight of the account.
        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}/roles", new { roles = new[] { Role("Editor", grassroots), Role("Viewer", naRi) } })).ExpectAsync(HttpStatusCode.OK);
        await (await districtAdmin.GetAsync($"/api/v1/users/{id}")).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Editor_gets_403_on_the_accounts_api_and_the_audit_log()
    {
        var admin = await app.AdminAsync();
        var bachThong = await UpperUnionAsync(admin, "bach thong");
        var editor = await app.ClientWithRoleAsync(AppRole.Editor, bachThong);

        await (await editor.GetAsync("/api/v1/users")).ExpectAsync(HttpStatusCode.Forbidden);
        await (await CreateAsync(editor, NewEmail("bien-tap"), Password, Role("Editor", bachThong))).ExpectAsync(HttpStatusCode.Forbidden);
        await (await editor.GetAsync("/api/v1/audit")).ExpectAsync(HttpStatusCode.Forbidden);
        await (await app.Anonymous().GetAsync("/api/v1/users")).ExpectAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Account_changes_and_sign_ins_are_audited()
    {
        var admin = await app.AdminAsync();
        var bachThong = await UpperUnionAsync(admin, "bach thong");
        var email = NewEmail("nhat-ky");
        var id = await CreateOkAsync(admin, email, Password, Role("Editor", bachThong));
        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}/roles", new { roles = new[] { Role("Viewer", bachThong) } })).ExpectAsync(HttpStatusCode.OK);
        await (await admin.PostAsJsonAsync($"/api/v1/users/{id}/password", new { password = "mật khẩu mới cho nhật ký" })).ExpectAsync(HttpStatusCode.OK);
        await (await LoginAsync(app, email, "mật khẩu mới cho nhật ký")).ExpectAsync(HttpStatusCode.OK);
        await (await LoginAsync(app, email, "sai rồi")).ExpectAsync(HttpStatusCode.Unauthorized);

        var log = await admin.GetJsonAsync($"/api/v1/audit?userId={id}&pageSize=1000");
        var entries = log.GetProperty("items").EnumerateArray().ToList();
        var actions = entries.Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["auth.sign-in-failed", "auth.sign-in", "user.password-reset", "user.roles", "user.create"], actions);
        Assert.All(entries, e => Assert.Equal(bachThong, e.GetProperty("unitId").GetInt32()));
        Assert.All(entries, e => Assert.Equal("Liên đoàn Lao động huyện Bạch Thông", e.GetProperty("unitName").GetString()));
        var create = entries[^1];
        Assert.Equal(AppFixture.AdminEmail, create.GetProperty("userName").GetString());
        Assert.Equal(id, create.GetProperty("entityId").GetString());
        Assert.DoesNotContain(Password, log.GetRawText(), StringComparison.Ordinal);

        var today = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var todays = await admin.GetJsonAsync($"/api/v1/audit?from={today}&to={today}&action=user.&userId={id}");
        Assert.Equal(3, todays.GetProperty("total").GetInt32());
        var exact = await admin.GetJsonAsync($"/api/v1/audit?action=auth.sign-in&userId={id}");
        Assert.Equal(1, exact.GetProperty("total").GetInt32());
        var tomorrow = await admin.GetJsonAsync($"/api/v1/audit?from={DateTime.UtcNow.AddHours(7).AddDays(1):yyyy-MM-dd}&userId={id}");
        Assert.Equal(0, tomorrow.GetProperty("total").GetInt32());
        await (await admin.GetAsync("/api/v1/audit?from=29/11/2026")).ExpectAsync(HttpStatusCode.BadRequest);
        await (await admin.GetAsync("/api/v1/audit?from=2026-12-02&to=2026-12-01")).ExpectAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Audit_log_is_scoped_to_the_callers_subtrees()
    {
        var admin = await app.AdminAsync();
        var bachThong = await UpperUnionAsync(admin, "bach thong");
        var naRi = await UpperUnionAsync(admin, "na ri");
        var inside = await CreateOkAsync(admin, NewEmail("trong"), Password, Role("Editor", await GrassrootsUnderAsync(admin, bachThong)));
        var outside = await CreateOkAsync(admin, NewEmail("ngoai"), Password, Role("Editor", await GrassrootsUnderAsync(admin, naRi)));
        var districtAdmin = await app.ClientWithRoleAsync(AppRole.Administrator, bachThong);

        var seen = await districtAdmin.GetJsonAsync("/api/v1/audit?pageSize=1000");
        var entries = seen.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(entries, e => e.GetProperty("entityId").GetString() == inside);
        Assert.DoesNotContain(entries, e => e.GetProperty("entityId").GetString() == outside);
        Assert.All(entries, e => Assert.Equal(JsonValueKind.Number, e.GetProperty("unitId").ValueKind));
        await (await districtAdmin.GetAsync($"/api/v1/audit?unitId={naRi}")).ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, (await districtAdmin.GetJsonAsync($"/api/v1/audit?userId={outside}")).GetProperty("total").GetInt32());

        // The system administrator sees everything, entries without a unit included (its own sign-ins).
        var all = await admin.GetJsonAsync("/api/v1/audit?action=auth.sign-in&pageSize=1000");
        Assert.Contains(all.GetProperty("items").EnumerateArray(), e => e.GetProperty("unitId").ValueKind == JsonValueKind.Null);
        Assert.Equal(1, (await admin.GetJsonAsync($"/api/v1/audit?userId={outside}")).GetProperty("total").GetInt32());
    }
}

public sealed class UsersScopeTests_Sqlite(SqliteAppFixture app) : UsersScopeTests<SqliteAppFixture>(app);

public sealed class UsersScopeTests_Postgres(PostgresAppFixture app) : UsersScopeTests<PostgresAppFixture>(app);
