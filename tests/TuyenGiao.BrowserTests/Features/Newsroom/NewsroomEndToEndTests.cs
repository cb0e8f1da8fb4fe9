using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SkiaSharp;
using TuyenGiao.BrowserTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.BrowserTests.Features.Newsroom;

/// <summary>
/// The newsroom from end to end, all through the screens people use: an Editor of a grassroots
/// union writes a post with a photo and submits it; the Approver of its upper-level union finds it,
/// approves and publishes it; an anonymous reader sees it on the portal's home and unit pages,
/// reads it (photo with its alt text) and finds it by searching "cong doan" without accents.
/// </summary>
public sealed class NewsroomEndToEndTests(BrowserAppFixture app) : BrowserTest(app)
{
    private const string Upper = "Công đoàn ngành Giáo dục tỉnh Bắc Kạn";
    private const string Grassroots = "Công đoàn cơ sở Trường THPT Chợ Mới";
    private const string Alt = "Giáo viên thi kéo co tại hội thao của trường";

    [Fact]
    public async Task Grassroots_editor_post_with_a_photo_is_approved_upstairs_and_read_and_found_on_the_portal()
    {
        var upperId = await App.UnitIdAsync(Upper);
        var grassrootsId = await App.UnitIdAsync(Grassroots);
        var (editorEmail, editorPassword) = await App.CreateUserAsync(AppRole.Editor, grassrootsId);
        var (approverEmail, approverPassword) = await App.CreateUserAsync(AppRole.Approver, upperId);
        var mark = Guid.NewGuid().ToString("N")[..4];
        var title = $"Công đoàn trường THPT Chợ Mới tổ chức hội thao chào mừng ngày Nhà giáo {mark}";

        // 1. The editor writes the post: title, summary, body in the editor, a photo uploaded as the cover with its alt text.
        var editor = await SignInAsAsync(editorEmail, editorPassword, "/quan-tri/bai-viet/moi");
        await Field(editor, "post-title").FillAsync(title);
        await Field(editor, "post-summary").FillAsync("Hơn 60 giáo viên, nhân viên tham gia các môn kéo co, cầu lông và bóng chuyền hơi.");
        var body = editor.FrameLocator("iframe.tox-edit-area__iframe").Locator("body");
        await body.ClickAsync();
        await editor.Keyboard.TypeAsync("Sáng thứ Bảy, Công đoàn cơ sở nhà trường tổ chức hội thao chào mừng Ngày Nhà giáo Việt Nam 20/11.");
        await editor.Keyboard.PressAsync("Enter");
        await editor.Keyboard.TypeAsync("Giải nhất kéo co thuộc về tổ Toán – Tin.");

        await editor.GetByTestId("media-pick").First.ClickAsync();
        var dialog = editor.Locator(".mud-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "hoi-thao.png", MimeType = "image/png", Buffer = Photo(1200, 675) });
        await Expect(Field(editor, "media-pick-alt")).ToBeVisibleAsync();
        await Field(editor, "media-pick-alt").FillAsync(Alt);
        await ScreenshotAsync(editor, "e2e-01-editor-cover-dialog", fullPage: false);
        await editor.GetByTestId("media-pick-confirm").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(editor.GetByTestId("media-picker").First.Locator("img")).ToBeVisibleAsync();

        await editor.GetByTestId("post-save").ClickAsync();
        await editor.WaitForURLAsync(new Regex(@"/quan-tri/bai-viet/\d+$"));
        await Expect(editor.GetByTestId("post-status")).ToHaveTextAsync("Bản nháp");
        await Expect(editor.GetByTestId("post-problem")).ToHaveCountAsync(0);
        await ScreenshotAsync(editor, "e2e-02-editor-draft");
        await editor.GetByTestId("post-submit").ClickAsync();
        await Expect(editor.GetByTestId("post-status")).ToHaveTextAsync("Chờ duyệt");
        await Expect(editor.GetByTestId("post-publish")).ToHaveCountAsync(0);
        var postPath = new Uri(editor.Url).AbsolutePath;
        await ScreenshotAsync(editor, "e2e-03-editor-submitted", fullPage: false);

        // 2. The upper-level union's approver finds it among the posts waiting, approves and publishes it now.
        var approver = await SignInAsAsync(approverEmail, approverPassword, "/quan-tri/bai-viet");
        await Field(approver, "post-search").FillAsync("hoi thao cho moi");
        await Expect(approver.GetByTestId("post-link")).ToHaveCountAsync(1); // the words, in any order, without tones
        var row = approver.GetByTestId("post-table").Locator("tr", new LocatorLocatorOptions { HasText = title });
        await Expect(row).ToContainTextAsync("Chờ duyệt");
        await ScreenshotAsync(approver, "e2e-04-approver-list");
        await row.GetByTestId("post-link").ClickAsync();
        await approver.WaitForURLAsync(new Regex(Regex.Escape(postPath) + "$"));
        await WaitInteractiveAsync(approver);
        await approver.GetByTestId("post-approve").ClickAsync();
        await Expect(approver.GetByTestId("post-status")).ToHaveTextAsync("Đã duyệt");
        await approver.GetByTestId("post-publish").ClickAsync();
        await Expect(approver.GetByTestId("post-status")).ToHaveTextAsync("Đã đăng");
        var publicUrl = await approver.Locator(".mud-alert a[href*='/bai-viet/']").First.GetAttributeAsync("href");
        Assert.NotNull(publicUrl);
        await ScreenshotAsync(approver, "e2e-05-approver-published", fullPage: false);

        // 3. An anonymous reader: the home page, the unit's page, the article, the search.
        var reader = await OpenAsync(390, 844);
        var home = await reader.GotoAsync("/");
        Assert.Contains("frame-src https://www.youtube.com https://www.youtube-nocookie.com https://www.facebook.com", (await home!.AllHeadersAsync())["content-security-policy"]);
        await Expect(reader.Locator("script[src*='blazor.web.js']")).ToHaveCountAsync(0); // plain HTML: no Blazor script to download
        var onHome = reader.GetByTestId("post-card").Filter(new LocatorFilterOptions { HasText = title });
        await Expect(onHome.First).ToBeVisibleAsync();
        await Expect(onHome.First.Locator("img")).ToHaveAttributeAsync("alt", Alt);
        await ScreenshotAsync(reader, "e2e-06-portal-home-phone", fullPage: false);
        await onHome.First.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(reader, "e2e-06b-portal-home-latest-phone", fullPage: false);

        await reader.GotoAsync($"/don-vi/{grassrootsId}");
        await Expect(reader.Locator("h1")).ToContainTextAsync(Grassroots);
        await Expect(reader.GetByTestId("post-card").Filter(new LocatorFilterOptions { HasText = title })).ToHaveCountAsync(1);
        await ScreenshotAsync(reader, "e2e-07-portal-unit-phone");

        await reader.GetByTestId("post-card").Filter(new LocatorFilterOptions { HasText = title }).Locator("h3 a").ClickAsync();
        await reader.WaitForURLAsync("**" + publicUrl);
        var article = reader.GetByTestId("article");
        await Expect(article.Locator("h1")).ToHaveTextAsync(title);
        var cover = article.Locator("figure img");
        await Expect(cover).ToHaveAttributeAsync("alt", Alt);
        Assert.True(await cover.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0"), "the cover photo loads");
        await Expect(article).ToContainTextAsync("Giải nhất kéo co thuộc về tổ Toán – Tin.");
        Assert.DoesNotContain("@", await article.Locator(".p-credit").InnerTextAsync()); // never an e-mail address in public
        await ScreenshotAsync(reader, "e2e-08-portal-article-phone");

        await reader.GetByTestId("portal-search-input").FillAsync("cong doan");
        await reader.GetByTestId("portal-search-input").PressAsync("Enter");
        await reader.WaitForURLAsync("**/tim-kiem?q=cong+doan");
        await Expect(reader.GetByTestId("search-hit").First).ToBeVisibleAsync();
        await ScreenshotAsync(reader, "e2e-09-portal-search-phone", fullPage: false);
        var hit = reader.GetByTestId("search-hit").Filter(new LocatorFilterOptions { HasText = title });
        for (var page = 1; await hit.CountAsync() == 0 && page < 10; page++)
        {
            await reader.GetByTestId("next-page").ClickAsync();
            await reader.WaitForURLAsync($"**trang={page + 1}*");
        }

        await Expect(hit).ToHaveCountAsync(1);
        await Expect(hit.Locator("h2 mark").First).ToHaveTextAsync("Công đoàn"); // neighbouring matched words share one mark
        await Expect(hit.Locator("p mark").First).ToBeVisibleAsync();
        await hit.ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(reader, "e2e-09b-portal-search-hit-phone", fullPage: false);

        // The same article on a desktop.
        var desktop = await OpenAsync();
        await desktop.GotoAsync(publicUrl!);
        await Expect(desktop.GetByTestId("article").Locator("figure img")).ToHaveAttributeAsync("alt", Alt);
        await ScreenshotAsync(desktop, "e2e-10-portal-article-desktop");
    }

    /// <summary>A real photo-like PNG: sky, a field, people-ish shapes; big enough to get card and thumb variants.</summary>
    private static byte[] Photo(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var sky = new SKPaint
            {
                Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, height), [new SKColor(0x90, 0xCA, 0xF9), new SKColor(0xE3, 0xF2, 0xFD)], SKShaderTileMode.Clamp),
            };
            canvas.DrawRect(0, 0, width, height, sky);
            using var field = new SKPaint { Color = new SKColor(0x43, 0xA0, 0x47) };
            canvas.DrawRect(0, height * 0.6f, width, height * 0.4f, field);
            using var rope = new SKPaint { Color = new SKColor(0x79, 0x55, 0x48), StrokeWidth = 8 };
            canvas.DrawLine(width * 0.1f, height * 0.62f, width * 0.9f, height * 0.62f, rope);
            using var shirt = new SKPaint { Color = new SKColor(0xC6, 0x28, 0x28) };
            for (var i = 0; i < 8; i++)
            {
                var x = (width * 0.15f) + (i * width * 0.1f);
                canvas.DrawCircle(x, height * 0.42f, height * 0.05f, shirt);
                canvas.DrawRect(x - (height * 0.04f), height * 0.47f, height * 0.08f, height * 0.14f, shirt);
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
