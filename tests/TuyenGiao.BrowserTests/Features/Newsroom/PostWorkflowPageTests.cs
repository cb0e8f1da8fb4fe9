using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TuyenGiao.BrowserTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.BrowserTests.Features.Newsroom;

/// <summary>The editorial workflow in the back-office: an editor writes and submits, the upper approver approves and publishes.</summary>
public sealed class PostWorkflowPageTests(BrowserAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Editor_writes_and_submits_and_the_upper_approver_approves_and_publishes()
    {
        var district = await App.UnitIdAsync("Liên đoàn Lao động huyện Chợ Mới");
        var grassroots = await App.WithServicesAsync(async sp =>
            (await sp.GetRequiredService<IOrgHierarchy>().SearchAsync(null, [district], 50)).First(u => u.ParentId == district).Id);
        var (editorEmail, editorPassword) = await App.CreateUserAsync(AppRole.Editor, grassroots);
        var (approverEmail, approverPassword) = await App.CreateUserAsync(AppRole.Approver, district);
        var title = "Công đoàn cơ sở tổ chức Tết sum vầy " + Guid.NewGuid().ToString("N")[..4];

        var editor = await SignInAsAsync(editorEmail, editorPassword, "/quan-tri/bai-viet/moi");
        await Field(editor, "post-title").FillAsync(title);
        await Field(editor, "post-summary").FillAsync("Chăm lo Tết cho đoàn viên, người lao động có hoàn cảnh khó khăn.");
        var body = editor.FrameLocator("iframe.tox-edit-area__iframe").Locator("body");
        await body.ClickAsync();
        await editor.Keyboard.TypeAsync("Sáng nay, Công đoàn cơ sở đã trao 50 suất quà cho đoàn viên.");
        await Field(editor, "post-title").ClickAsync(); // leaving the editor hands its HTML to the page
        await editor.WaitForTimeoutAsync(1000);
        await editor.GetByTestId("post-save").ClickAsync();
        await editor.WaitForURLAsync(new Regex(@"/quan-tri/bai-viet/\d+$"));
        var postId = long.Parse(editor.Url[(editor.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var storedBody = await App.WithServicesAsync(async sp =>
            (await sp.GetRequiredService<TuyenGiao.Modules.Data.AppDbContext>().Set<TuyenGiao.Modules.Features.Newsroom.Domain.Post>().FindAsync(postId))!.BodyText);
        Assert.Contains("50 suất quà", storedBody);
        await Expect(editor.GetByTestId("post-status")).ToHaveTextAsync("Bản nháp");
        await ScreenshotAsync(editor, "newsroom-editor-draft");
        await editor.GetByTestId("post-submit").ClickAsync();
        await Expect(editor.GetByTestId("post-status")).ToHaveTextAsync("Chờ duyệt");
        await Expect(editor.GetByTestId("post-approve")).ToHaveCountAsync(0);
        await Expect(editor.GetByTestId("post-publish")).ToHaveCountAsync(0);
        var postUrl = new Uri(editor.Url).AbsolutePath;

        var approver = await SignInAsAsync(approverEmail, approverPassword, "/quan-tri/bai-viet");
        var row = approver.GetByTestId("post-table").Locator("tr", new LocatorLocatorOptions { HasText = title });
        await Expect(row).ToContainTextAsync("Chờ duyệt");
        await ScreenshotAsync(approver, "newsroom-post-list");
        await row.GetByTestId("post-link").ClickAsync();
        await approver.WaitForURLAsync(new Regex(Regex.Escape(postUrl) + "$"));
        await Expect(Field(approver, "post-title")).ToHaveValueAsync(title);
        await approver.GetByTestId("post-reject").ClickAsync();
        await Expect(approver.GetByTestId("reject-confirm")).ToBeDisabledAsync();
        await ScreenshotAsync(approver, "newsroom-reject-dialog", fullPage: false);
        await approver.Keyboard.PressAsync("Escape");
        await Expect(approver.Locator(".mud-dialog")).ToBeHiddenAsync();

        await approver.GetByTestId("post-approve").ClickAsync();
        await Expect(approver.GetByTestId("post-status")).ToHaveTextAsync("Đã duyệt");
        await approver.GetByTestId("post-publish").ClickAsync();
        await Expect(approver.GetByTestId("post-status")).ToHaveTextAsync("Đã đăng");
        await Expect(approver.Locator(".mud-alert")).ToContainTextAsync("/bai-viet/");
        await ScreenshotAsync(approver, "newsroom-published");

        // The same post on a phone, and the calendar showing it today.
        var phone = await SignInAsAsync(approverEmail, approverPassword, postUrl, width: 390, height: 844);
        await Expect(phone.GetByTestId("post-status")).ToHaveTextAsync("Đã đăng");
        await ScreenshotAsync(phone, "newsroom-editor-phone");
        await phone.GotoAsync("/quan-tri/lich-bien-tap");
        await WaitInteractiveAsync(phone);
        await Expect(phone.GetByTestId("calendar")).ToContainTextAsync(title);
        await ScreenshotAsync(phone, "newsroom-calendar-phone");

        await approver.GotoAsync("/quan-tri/lich-bien-tap");
        await WaitInteractiveAsync(approver);
        await Expect(approver.GetByTestId("calendar")).ToContainTextAsync(title);
        await ScreenshotAsync(approver, "newsroom-calendar-week");
    }
}
