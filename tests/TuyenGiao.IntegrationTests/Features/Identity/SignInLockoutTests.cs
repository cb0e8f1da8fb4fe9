using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Identity.Data;

namespace TuyenGiao.IntegrationTests.Features.Identity;

/// <summary>Repeated wrong passwords lock the account; every attempt is in the audit log.</summary>
public abstract class SignInLockoutTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private const string Login = "/api/v1/auth/login";

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_password()
    {
        var (email, password) = await app.CreateUserAsync(AppRole.Editor, null);
        var client = app.Anonymous();

        for (var i = 1; i <= 4; i++)
        {
            var wrong = await (await client.PostAsJsonAsync(Login, new { email, password = "sai-mat-khau-" + i })).ExpectAsync(HttpStatusCode.Unauthorized);
            Assert.Equal("Đăng nhập không thành công", wrong.GetProperty("title").GetString());
        }

        // The fifth failure locks the account and says so.
        var fifth = await client.PostAsJsonAsync(Login, new { email, password = "sai-mat-khau-5" });
        var locked = await fifth.ExpectAsync((HttpStatusCode)423);
        Assert.Equal("Tài khoản tạm thời bị khoá", locked.GetProperty("title").GetString());

        // The right password does not open a locked account.
        var response = await client.PostAsJsonAsync(Login, new { email, password });
        var problem = await response.ExpectAsync((HttpStatusCode)423);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Tài khoản tạm thời bị khoá", problem.GetProperty("title").GetString());
        Assert.Contains("sai mật khẩu", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.False(problem.TryGetProperty("accessToken", out _));

        var audit = await app.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking()
            .Where(a => a.UserName == email)
            .OrderBy(a => a.Id)
            .Select(a => a.Action)
            .ToListAsync());
        Assert.Equal(4, audit.Count(a => a == "auth.sign-in-failed"));
        Assert.Equal(2, audit.Count(a => a == "auth.locked-out"));
        Assert.DoesNotContain("auth.sign-in", audit);
    }

    [Fact]
    public async Task A_wrong_password_for_one_account_does_not_lock_another()
    {
        var (victim, _) = await app.CreateUserAsync(AppRole.Viewer, null);
        var (other, otherPassword) = await app.CreateUserAsync(AppRole.Viewer, null);
        var client = app.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync(Login, new { email = victim, password = "doan-mo-" + i });
        }

        var ok = await client.PostAsJsonAsync(Login, new { email = other, password = otherPassword });
        var body = await ok.ExpectAsync(HttpStatusCode.OK);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("accessToken").GetString()));
        Assert.True(body.GetProperty("expiresIn").GetInt32() > 0);
    }

    [Fact]
    public async Task A_successful_sign_in_is_audited_and_an_unknown_account_is_refused_like_a_wrong_password()
    {
        var (email, password) = await app.CreateUserAsync(AppRole.Viewer, null);
        var client = app.Anonymous();
        await (await client.PostAsJsonAsync(Login, new { email, password })).ExpectAsync(HttpStatusCode.OK);

        var unknown = await (await client.PostAsJsonAsync(Login, new { email = "khong-ton-tai@test.local", password })).ExpectAsync(HttpStatusCode.Unauthorized);
        var wrong = await (await client.PostAsJsonAsync(Login, new { email, password = "mat-khau-sai-roi" })).ExpectAsync(HttpStatusCode.Unauthorized);
        Assert.Equal(wrong.GetProperty("title").GetString(), unknown.GetProperty("title").GetString());
        Assert.Equal(wrong.GetProperty("detail").GetString(), unknown.GetProperty("detail").GetString());

        var actions = await app.WithDbAsync(db => db.Set<AuditEntry>().AsNoTracking().Where(a => a.UserName == email).Select(a => a.Action).ToListAsync());
        Assert.Contains("auth.sign-in", actions);
        Assert.Contains("auth.sign-in-failed", actions);
    }

    [Theory]
    [InlineData("{\"email\": \"\", \"password\": \"\"}")]
    [InlineData("{\"email\": ")]
    public async Task Bad_sign_in_input_is_a_problem_with_a_vietnamese_title(string body)
    {
        var client = app.Anonymous();
        var response = await client.PostAsync(Login, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Dữ liệu chưa hợp lệ", problem.GetProperty("title").GetString());
    }
}

public sealed class SignInLockoutTests_Sqlite(SqliteAppFixture app) : SignInLockoutTests<SqliteAppFixture>(app);

public sealed class SignInLockoutTests_Postgres(PostgresAppFixture app) : SignInLockoutTests<PostgresAppFixture>(app);
