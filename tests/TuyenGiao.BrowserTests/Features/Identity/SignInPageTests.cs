using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TuyenGiao.BrowserTests.Infrastructure;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Data;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.BrowserTests.Features.Identity;

/// <summary>The sign-in page as an official meets it: Vietnamese, a clear error, back where they were going.</summary>
public sealed class SignInPageTests(BrowserAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Wrong_password_shows_the_Vietnamese_error_and_stays_signed_out()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/dang-nhap?returnUrl=%2Fquan-tri%2Fdon-vi");
        await Expect(page.GetByTestId("federation-name")).ToHaveTextAsync("Liên đoàn Lao động tỉnh Bắc Kạn");

        await page.GetByTestId("email").FillAsync(AppFixture.AdminEmail);
        await page.GetByTestId("password").FillAsync("khong-phai-mat-khau");
        await page.GetByTestId("sign-in-submit").ClickAsync();

        var error = page.GetByTestId("sign-in-error");
        await Expect(error).ToContainTextAsync("Đăng nhập không thành công");
        await Expect(error).ToContainTextAsync("Email hoặc mật khẩu không đúng.");
        Assert.Contains("/dang-nhap", page.Url, StringComparison.Ordinal);
        await Expect(page.GetByTestId("email")).ToHaveValueAsync(AppFixture.AdminEmail);
        await Expect(page.GetByTestId("password")).ToHaveValueAsync(string.Empty);
        await ScreenshotAsync(page, "sign-in-wrong-password");

        // Still signed out: the back-office sends the person back to the sign-in page.
        await page.GotoAsync("/quan-tri/don-vi");
        Assert.Contains("/dang-nhap", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Locked_out_account_is_told_until_when()
    {
        const string email = "khoa-tam-thoi@tuyengiao.local";
        await App.WithServicesAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser { UserName = email, Email = email, FullName = "Cán bộ thử khoá", EmailConfirmed = true, CreatedAt = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user, "mat-khau-du-dai-cho-thu-nghiem")).Succeeded);
            await users.SetLockoutEndDateAsync(user, DateTimeOffset.UtcNow.AddMinutes(15));
            return true;
        });

        var page = await OpenAsync(390, 844);
        await page.GotoAsync("/dang-nhap");
        await page.GetByTestId("email").FillAsync(email);
        await page.GetByTestId("password").FillAsync("mat-khau-du-dai-cho-thu-nghiem");
        await page.GetByTestId("sign-in-submit").ClickAsync();

        var error = page.GetByTestId("sign-in-error");
        await Expect(error).ToContainTextAsync("Tài khoản tạm thời bị khoá");
        // The time to come back, in Vietnam time, dd/MM/yyyy HH:mm.
        await Expect(error).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Hãy thử lại sau \d{2}/\d{2}/\d{4} \d{2}:\d{2}"));
        await ScreenshotAsync(page, "sign-in-locked-phone");
    }

    [Fact]
    public async Task Sign_in_returns_to_the_page_asked_for_and_sign_out_ends_the_session()
    {
        var page = await SignInAsync("/quan-tri/loai-don-vi");
        await Expect(page.GetByTestId("page-title")).ToHaveTextAsync("Loại đơn vị");

        // A sign-out posted from elsewhere (no antiforgery token) is refused and changes nothing.
        var forged = await page.APIRequest.PostAsync("/dang-xuat");
        Assert.Equal(400, forged.Status);
        await page.ReloadAsync();
        await WaitInteractiveAsync(page);
        await Expect(page.GetByTestId("page-title")).ToHaveTextAsync("Loại đơn vị");

        var before = DateTime.UtcNow.AddSeconds(-1);
        await page.GetByTestId("sign-out").ClickAsync();
        await page.WaitForURLAsync(App.BaseUrl + "/");
        await page.GotoAsync("/quan-tri");
        Assert.Contains("/dang-nhap", page.Url, StringComparison.Ordinal);

        var recorded = await App.WithServicesAsync(sp => sp.GetRequiredService<AppDbContext>().Set<AuditEntry>()
            .AnyAsync(e => e.Action == "auth.sign-out" && e.UserName == AppFixture.AdminEmail && e.At >= before));
        Assert.True(recorded, "The sign-out is not in the audit log.");
    }

    [Fact]
    public async Task Return_url_to_another_site_is_ignored()
    {
        var page = await OpenAsync();
        await page.GotoAsync("/dang-nhap?returnUrl=" + Uri.EscapeDataString("//example.com/quan-tri"));
        await page.GetByTestId("email").FillAsync(AppFixture.AdminEmail);
        await page.GetByTestId("password").FillAsync(AppFixture.AdminPassword);
        await page.GetByTestId("sign-in-submit").ClickAsync();
        await page.WaitForURLAsync(App.BaseUrl + "/quan-tri");
        await WaitInteractiveAsync(page);
        await Expect(page.GetByTestId("page-title")).ToHaveTextAsync("Tổng quan");
        await Expect(page.GetByTestId("stat-UpperUnion")).ToContainTextAsync("10");
        await ScreenshotAsync(page, "dashboard");
    }
}
