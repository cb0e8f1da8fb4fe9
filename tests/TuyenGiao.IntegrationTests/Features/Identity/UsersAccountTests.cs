using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.IntegrationTests.Infrastructure;
using static TuyenGiao.IntegrationTests.Features.Identity.UsersApi;

namespace TuyenGiao.IntegrationTests.Features.Identity;

/// <summary>Accounts through <c>/api/v1/users</c> as the system administrator: the life of an account and the password policy.</summary>
public abstract class UsersAccountTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    [Fact]
    public async Task Creates_lists_updates_and_deletes_an_account_with_scoped_roles()
    {
        var admin = await app.AdminAsync();
        var district = await UpperUnionAsync(admin, "bach thong");
        var email = NewEmail("tao-moi");

        var response = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            email,
            fullName = "  Hoàng   Thị Đào ",
            password = "một cụm từ dài dễ nhớ",
            roles = new[] { Role("Editor", district) },
        });
        var created = await response.ExpectAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/users/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(email, created.GetProperty("email").GetString());
        Assert.Equal("Hoàng Thị Đào", created.GetProperty("fullName").GetString());
        Assert.False(created.GetProperty("isDisabled").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, created.GetProperty("initialPassword").ValueKind);
        var role = Assert.Single(created.GetProperty("roles").EnumerateArray());
        Assert.Equal("Editor", role.GetProperty("role").GetString());
        Assert.Equal(district, role.GetProperty("unitId").GetInt32());
        Assert.Equal("Liên đoàn Lao động huyện Bạch Thông", role.GetProperty("unitName").GetString());

        // Search folds tones and đ, over name and e-mail; unitId keeps the subtree's accounts.
        Assert.Contains(id, await ItemIdsAsync(admin, "/api/v1/users?q=hoang%20thi%20dao"));
        Assert.Contains(id, await ItemIdsAsync(admin, $"/api/v1/users?q={Uri.EscapeDataString(email[..12])}"));
        Assert.Contains(id, await ItemIdsAsync(admin, $"/api/v1/users?unitId={district}&pageSize=1000"));
        var other = await UpperUnionAsync(admin, "na ri");
        Assert.DoesNotContain(id, await ItemIdsAsync(admin, $"/api/v1/users?unitId={other}&pageSize=1000"));
        var page = await admin.GetJsonAsync("/api/v1/users?pageSize=1");
        Assert.True(page.GetProperty("total").GetInt32() >= 2);
        Assert.Equal(1, page.GetProperty("items").GetArrayLength());

        var updated = await (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { fullName = "Hoàng Thị Đào (Bạch Thông)" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Hoàng Thị Đào (Bạch Thông)", updated.GetProperty("fullName").GetString());

        var grassroots = await GrassrootsUnderAsync(admin, district);
        var withRoles = await (await admin.PutAsJsonAsync($"/api/v1/users/{id}/roles", new
        {
            roles = new[] { Role("approver", grassroots), Role("Viewer", district) },
        })).ExpectAsync(HttpStatusCode.OK);
        var roles = withRoles.GetProperty("roles").EnumerateArray().Select(r => (r.GetProperty("role").GetString(), r.GetProperty("unitId").GetInt32())).ToList();
        Assert.Equal(new List<(string?, int)> { ("Approver", grassroots), ("Viewer", district) }, roles);
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<TuyenGiao.Modules.Features.Identity.Data.RoleAssignment>().CountAsync(a => a.UserId == id)));

        var fetched = await admin.GetJsonAsync($"/api/v1/users/{id}");
        Assert.Equal(2, fetched.GetProperty("roles").GetArrayLength());

        await (await admin.DeleteAsync($"/api/v1/users/{id}")).ExpectAsync(HttpStatusCode.NoContent);
        await (await admin.GetAsync($"/api/v1/users/{id}")).ExpectAsync(HttpStatusCode.NotFound);
        Assert.False(await UserExistsAsync(app, email));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<TuyenGiao.Modules.Features.Identity.Data.RoleAssignment>().CountAsync(a => a.UserId == id)));
        await (await LoginAsync(app, email, "một cụm từ dài dễ nhớ")).ExpectAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Without_a_password_one_is_generated_returned_once_and_signs_in()
    {
        var admin = await app.AdminAsync();
        var district = await UpperUnionAsync(admin, "ba be");
        var email = NewEmail("tu-sinh");

        var created = await (await CreateAsync(admin, email, null, Role("Editor", district))).ExpectAsync(HttpStatusCode.Created);
        var initial = created.GetProperty("initialPassword").GetString();
        Assert.False(string.IsNullOrEmpty(initial));
        Assert.True(initial!.Length >= 20);

        await (await LoginAsync(app, email, initial)).ExpectAsync(HttpStatusCode.OK);
        var fetched = await admin.GetJsonAsync($"/api/v1/users/{created.GetProperty("id").GetString()}");
        Assert.False(fetched.TryGetProperty("initialPassword", out _));
    }

    [Theory]
    [InlineData("password1")]
    [InlineData("12345678")]
    [InlineData("Matkhau123")]
    [InlineData("congdoan123")]
    public async Task Refuses_a_common_password_in_Vietnamese_and_creates_nothing(string password)
    {
        var admin = await app.AdminAsync();
        var email = NewEmail("pho-bien");

        var problem = await (await CreateAsync(admin, email, password)).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Dữ liệu chưa hợp lệ", problem.GetProperty("title").GetString());
        Assert.Contains(FieldMessages(problem, "password"), m => m.Contains("quá phổ biến", StringComparison.Ordinal));
        Assert.False(await UserExistsAsync(app, email));
    }

    [Fact]
    public async Task Refuses_a_seven_character_password_and_the_email_as_password()
    {
        var admin = await app.AdminAsync();
        var email = NewEmail("ngan");

        var shortProblem = await (await CreateAsync(admin, email, "xK9#mQ2")).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Mật khẩu phải có ít nhất 8 ký tự.", FieldMessages(shortProblem, "password"));
        Assert.False(await UserExistsAsync(app, email));

        var local = email[..email.IndexOf('@', StringComparison.Ordinal)];
        var emailProblem = await (await CreateAsync(admin, email, local.ToUpperInvariant())).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Mật khẩu không được trùng với địa chỉ email.", FieldMessages(emailProblem, "password"));
        Assert.False(await UserExistsAsync(app, email));

        var longProblem = await (await CreateAsync(admin, email, new string('x', 60) + new string('y', 69))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Mật khẩu dài tối đa 128 ký tự.", FieldMessages(longProblem, "password"));
        Assert.False(await UserExistsAsync(app, email));
    }

    [Fact]
    public async Task Accepts_a_100_character_passphrase_and_signs_in_with_it()
    {
        var admin = await app.AdminAsync();
        var email = NewEmail("cum-tu");
        var passphrase = "công đoàn cơ sở trường tiểu học Bạch Thông tuyên truyền pháp luật cho đoàn viên mỗi tuần một lần ạ";
        passphrase = passphrase.PadRight(100, '!')[..100];
        Assert.Equal(100, passphrase.Length);

        await CreateOkAsync(admin, email, passphrase, Role("Viewer", await UpperUnionAsync(admin, "cho moi")));

        await (await LoginAsync(app, email, passphrase)).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Refuses_bad_input_with_field_errors_and_writes_nothing()
    {
        var admin = await app.AdminAsync();
        var email = NewEmail("sai");
        var before = await app.WithDbAsync(db => db.Users.CountAsync());

        var problem = await (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            email = "khong-phai-email",
            fullName = "   ",
            password = "một cụm từ dài dễ nhớ",
            roles = new[] { Role("Chairman", null), Role("Editor", 987654321) },
        })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(FieldMessages(problem, "email"));
        Assert.NotEmpty(FieldMessages(problem, "fullName"));
        Assert.Contains(FieldMessages(problem, "roles[0].role"), m => m.Contains("Chairman", StringComparison.Ordinal));
        Assert.Contains("Không tìm thấy đơn vị có mã 987654321.", FieldMessages(problem, "roles[1].unitId"));

        var unknownUnit = await (await CreateAsync(admin, email, "một cụm từ dài dễ nhớ", Role("Editor", 987654321))).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(FieldMessages(unknownUnit, "roles[0].unitId"));
        Assert.Equal(before, await app.WithDbAsync(db => db.Users.CountAsync()));

        var existing = await (await CreateAsync(admin, AppFixture.AdminEmail, "một cụm từ dài dễ nhớ")).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains(FieldMessages(existing, "email"), m => m.Contains("đã được dùng", StringComparison.Ordinal));
        Assert.Equal(before, await app.WithDbAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Admin_reset_password_replaces_the_old_one()
    {
        var admin = await app.AdminAsync();
        var email = NewEmail("dat-lai");
        var id = await CreateOkAsync(admin, email, "mật khẩu ban đầu khá dài", Role("Editor", await UpperUnionAsync(admin, "ngan son")));

        var weak = await (await admin.PostAsJsonAsync($"/api/v1/users/{id}/password", new { password = "iloveyou" })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(FieldMessages(weak, "password"));
        await (await LoginAsync(app, email, "mật khẩu ban đầu khá dài")).ExpectAsync(HttpStatusCode.OK);

        var chosen = await (await admin.PostAsJsonAsync($"/api/v1/users/{id}/password", new { password = "mật khẩu mới do quản trị đặt" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, chosen.GetProperty("initialPassword").ValueKind);
        await (await LoginAsync(app, email, "mật khẩu ban đầu khá dài")).ExpectAsync(HttpStatusCode.Unauthorized);
        await (await LoginAsync(app, email, "mật khẩu mới do quản trị đặt")).ExpectAsync(HttpStatusCode.OK);

        var generated = await (await admin.PostAsJsonAsync($"/api/v1/users/{id}/password", new { })).ExpectAsync(HttpStatusCode.OK);
        await (await LoginAsync(app, email, generated.GetProperty("initialPassword").GetString()!)).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unlock_ends_a_lockout_after_repeated_failures()
    {
        var admin = await app.AdminAsync();
        var email = NewEmail("bi-khoa");
        const string password = "mật khẩu đúng của tôi";
        var id = await CreateOkAsync(admin, email, password, Role("Editor", await UpperUnionAsync(admin, "pac nam")));

        for (var i = 0; i < 5; i++)
        {
            await LoginAsync(app, email, "sai mật khẩu " + i);
        }

        await (await LoginAsync(app, email, password)).ExpectAsync(HttpStatusCode.Locked);
        var locked = await admin.GetJsonAsync($"/api/v1/users/{id}");
        Assert.Equal(System.Text.Json.JsonValueKind.String, locked.GetProperty("lockedOutUntil").ValueKind);

        var unlocked = await (await admin.PostAsync($"/api/v1/users/{id}/unlock", null)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, unlocked.GetProperty("lockedOutUntil").ValueKind);
        await (await LoginAsync(app, email, password)).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in_until_enabled_again()
    {
        var admin = await app.AdminAsync();
        var email = NewEmail("tam-dung");
        const string password = "mật khẩu đủ dài để dùng";
        var id = await CreateOkAsync(admin, email, password, Role("Viewer", await UpperUnionAsync(admin, "cho don")));

        var disabled = await (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { isDisabled = true })).ExpectAsync(HttpStatusCode.OK);
        Assert.True(disabled.GetProperty("isDisabled").GetBoolean());
        await (await LoginAsync(app, email, password)).ExpectAsync(HttpStatusCode.Unauthorized);

        await (await admin.PutAsJsonAsync($"/api/v1/users/{id}", new { isDisabled = false })).ExpectAsync(HttpStatusCode.OK);
        await (await LoginAsync(app, email, password)).ExpectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Refuses_removing_or_disabling_yourself_and_the_last_system_administrator()
    {
        var admin = await app.AdminAsync();
        var me = await app.WithDbAsync(db => db.Users.Where(u => u.Email == AppFixture.AdminEmail).Select(u => u.Id).SingleAsync());
        var district = await UpperUnionAsync(admin, "bach thong");

        var lastAdmin = await (await admin.PutAsJsonAsync($"/api/v1/users/{me}/roles", new { roles = new[] { Role("Administrator", district) } })).ExpectAsync(HttpStatusCode.Conflict);
        Assert.Contains("quản trị hệ thống cuối cùng", lastAdmin.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var self = await (await admin.DeleteAsync($"/api/v1/users/{me}")).ExpectAsync(HttpStatusCode.Conflict);
        Assert.Equal("Bạn không thể xoá tài khoản của chính mình.", self.GetProperty("detail").GetString());
        var disable = await (await admin.PutAsJsonAsync($"/api/v1/users/{me}", new { isDisabled = true })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(FieldMessages(disable, "isDisabled"));

        var stillAdmin = await admin.GetJsonAsync($"/api/v1/users/{me}");
        var role = Assert.Single(stillAdmin.GetProperty("roles").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, role.GetProperty("unitId").ValueKind);
        Assert.False(stillAdmin.GetProperty("isDisabled").GetBoolean());
    }
}

public sealed class UsersAccountTests_Sqlite(SqliteAppFixture app) : UsersAccountTests<SqliteAppFixture>(app);

public sealed class UsersAccountTests_Postgres(PostgresAppFixture app) : UsersAccountTests<PostgresAppFixture>(app);
