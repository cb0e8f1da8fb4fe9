using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SkiaSharp;
using TuyenGiao.BrowserTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.BrowserTests.Features.Newsroom;

/// <summary>
/// Images in a post's body come from the unit's media library, as in a good CMS: the editor's
/// "insert an image from the library" button opens the library (search, thumbs), uploads a new
/// picture from the same dialog (a disguised program is refused with the reason), asks for the alt
/// text when the picture has none, and inserts it at the cursor; a picture pasted into the text goes
/// to the library instead of staying inside the post as data.
/// </summary>
public sealed partial class EditorMediaLibraryTests(BrowserAppFixture app) : BrowserTest(app)
{
    private const string Grassroots = "Công đoàn cơ sở Trường THPT Chợ Mới";
    private const string LibraryAlt = "Đại biểu biểu quyết thông qua nghị quyết hội nghị";
    private const string UploadedAlt = "Đoàn viên trồng cây xanh trong sân trường";
    private const string PastedAlt = "Biểu đồ số đoàn viên mới theo tháng";

    [Fact]
    public async Task Editor_inserts_an_image_from_the_library_and_an_uploaded_one_with_alt_text_and_a_disguised_program_is_refused()
    {
        var unitId = await App.UnitIdAsync(Grassroots);
        var (email, password) = await App.CreateUserAsync(AppRole.Editor, unitId);
        var mark = Guid.NewGuid().ToString("N")[..6];
        using var api = await ApiAsync(email, password);
        var libraryName = $"hoi-nghi-tong-ket-{mark}.png";
        await UploadAsync(api, unitId, libraryName, Photo(1600, 900, new SKColor(0x1E, 0x88, 0xE5)), LibraryAlt);

        // A draft to work on.
        var page = await SignInAsAsync(email, password, "/quan-tri/bai-viet/moi");
        await Field(page, "post-title").FillAsync($"Hội nghị tổng kết công tác Công đoàn năm 2026 {mark}");
        var body = await EditorBodyAsync(page);
        await body.ClickAsync();
        await page.Keyboard.TypeAsync("Sáng 28/11, Công đoàn cơ sở tổ chức hội nghị tổng kết.");
        await page.GetByTestId("post-save").ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/quan-tri/bai-viet/\d+$"), new() { Timeout = 60_000, WaitUntil = WaitUntilState.Commit }); // saving uploads and rewrites the body: slow on a loaded CI machine
        var postId = long.Parse(new Uri(page.Url).Segments[^1], System.Globalization.CultureInfo.InvariantCulture);
        await Expect(page.Locator("[data-testid=rich-text-host][data-ready=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        body = await EditorBodyAsync(page);
        await body.ClickAsync();
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("Enter");

        // 1. From the library: found by its name without tones, its alt text comes along, the column-size copy goes in.
        var dialog = await OpenLibraryAsync(page);
        await Expect(dialog.GetByTestId("media-pick-item").First).ToBeVisibleAsync();
        await Field(page, "media-pick-search").FillAsync("tong ket " + mark);
        var found = dialog.GetByTestId("media-pick-item").Filter(new() { HasText = libraryName });
        await Expect(dialog.GetByTestId("media-pick-item")).ToHaveCountAsync(1);
        await found.ClickAsync();
        await Expect(Field(page, "media-pick-alt")).ToHaveValueAsync(LibraryAlt);
        await Expect(dialog.GetByTestId("media-pick-size")).ToContainTextAsync("Vừa khung bài viết");
        await ScreenshotAsync(page, "editor-library-01-picked", fullPage: false);
        await dialog.GetByTestId("media-pick-confirm").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        var fromLibrary = page.FrameLocator("iframe.tox-edit-area__iframe").Locator($"img[alt='{LibraryAlt}']");
        await Expect(fromLibrary).ToHaveCountAsync(1);
        Assert.True(await fromLibrary.EvaluateAsync<bool>("img => img.complete && img.naturalWidth === 800"), "the 800 px copy is shown, and loads");
        await Expect(fromLibrary).ToHaveAttributeAsync("width", "800");
        await Expect(fromLibrary).ToHaveAttributeAsync("height", "450");

        // 2. A program renamed .png, uploaded from the dialog: refused with the server's reason, nothing selected or inserted.
        await page.Keyboard.PressAsync("End");
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("Sau hội nghị, đoàn viên trồng cây.");
        dialog = await OpenLibraryAsync(page);
        await dialog.Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload { Name = "anh-trong-cay.png", MimeType = "image/png", Buffer = [.. "MZ"u8.ToArray(), .. new byte[512]] });
        var refusal = dialog.GetByTestId("media-pick-error");
        await Expect(refusal).ToContainTextAsync("chương trình hoặc mã chạy được");
        await Expect(dialog.GetByTestId("media-pick-selected")).ToHaveCountAsync(0);
        await Expect(dialog.GetByTestId("media-pick-confirm")).ToBeDisabledAsync();
        await ScreenshotAsync(page, "editor-library-02-refused", fullPage: false);

        // 3. A real photo uploaded from the dialog: selected, but it has no alt text yet, so it is asked for.
        await dialog.Locator("input[type=file]").Last.SetInputFilesAsync(new FilePayload { Name = $"trong-cay-{mark}.png", MimeType = "image/png", Buffer = Photo(640, 480, new SKColor(0x43, 0xA0, 0x47)) });
        await Expect(refusal).ToHaveCountAsync(0);
        await Expect(dialog.GetByTestId("media-pick-selected")).ToContainTextAsync($"trong-cay-{mark}.png");
        await Expect(dialog.GetByTestId("media-pick-size")).ToHaveCountAsync(0); // narrower than the column: nothing to choose
        await dialog.GetByTestId("media-pick-confirm").ClickAsync();
        await Expect(dialog.GetByText("Hãy nhập mô tả ảnh trước khi dùng ảnh.")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "editor-library-03-alt-required", fullPage: false);
        await Field(page, "media-pick-alt").FillAsync(UploadedAlt);
        await dialog.GetByTestId("media-pick-confirm").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(page.FrameLocator("iframe.tox-edit-area__iframe").Locator($"img[alt='{UploadedAlt}']")).ToHaveCountAsync(1);
        await ScreenshotAsync(page, "editor-library-04-inserted", fullPage: false);

        // 4. Saved: the body (through the API) shows both library files with their alt texts, in the order written.
        await page.GetByTestId("post-save").ClickAsync();
        await Expect(page.GetByTestId("post-problem")).ToHaveCountAsync(0);
        var saved = await BodyAsync(api, postId, images: 2);
        var images = ImgTag().Matches(saved).Select(m => m.Value).ToList();
        Assert.Equal(2, images.Count);
        Assert.Contains($"alt=\"{LibraryAlt}\"", images[0], StringComparison.Ordinal);
        Assert.Contains($"alt=\"{UploadedAlt}\"", images[1], StringComparison.Ordinal);
        Assert.All(images, i => Assert.Matches("src=\"/media/[0-9a-f]+", i));
        Assert.True(saved.IndexOf("hội nghị tổng kết", StringComparison.Ordinal) < saved.IndexOf("<img", StringComparison.Ordinal), "the first image follows the text it was inserted after");
        Assert.DoesNotContain("anh-trong-cay", saved, StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(BrowserAppFixture.ScreenshotDir, "editor-library-saved-body.html"), saved);
        Assert.Matches(new Regex("<p><img [^>]*></p>"), saved); // each picture on its own line

        // The uploaded photo is in the library with the alt text written in the dialog, for the next post.
        using var list = await api.GetAsync($"/api/v1/media?unitId={unitId}&kind=Image&q=trong-cay-{mark}");
        var entries = (await list.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items");
        Assert.Equal(1, entries.GetArrayLength());
        Assert.Equal(UploadedAlt, entries[0].GetProperty("altText").GetString());

        // On a phone the same dialog stays usable.
        var phone = await SignInAsAsync(email, password, $"/quan-tri/bai-viet/{postId}", 390, 844);
        await Expect(phone.Locator("[data-testid=rich-text-host][data-ready=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await ScreenshotAsync(phone, "editor-library-05-editor-phone", fullPage: false);
        var phoneDialog = await OpenLibraryAsync(phone);
        await phoneDialog.GetByTestId("media-pick-item").Filter(new() { HasText = libraryName }).ClickAsync();
        await ScreenshotAsync(phone, "editor-library-06-dialog-phone", fullPage: false);
        await phoneDialog.GetByTestId("media-pick-selected").ScrollIntoViewIfNeededAsync();
        await ScreenshotAsync(phone, "editor-library-07-dialog-phone-selected", fullPage: false);
    }

    [Fact]
    public async Task A_pasted_image_goes_to_the_library_asks_for_its_alt_text_and_a_pasted_program_is_refused()
    {
        var unitId = await App.UnitIdAsync(Grassroots);
        var (email, password) = await App.CreateUserAsync(AppRole.Editor, unitId);
        var mark = Guid.NewGuid().ToString("N")[..6];
        using var api = await ApiAsync(email, password);

        var page = await SignInAsAsync(email, password, "/quan-tri/bai-viet/moi");
        await Field(page, "post-title").FillAsync($"Kết quả phát triển đoàn viên tháng 11 {mark}");
        var body = await EditorBodyAsync(page);
        await body.ClickAsync();
        await page.Keyboard.TypeAsync("Số đoàn viên mới tăng đều qua các tháng.");
        await page.Keyboard.PressAsync("Enter");

        await PasteFileAsync(page, $"bieu-do-{mark}.png", "image/png", Photo(1000, 500, new SKColor(0xFB, 0x8C, 0x00)));
        var pasted = page.FrameLocator("iframe.tox-edit-area__iframe").Locator("img[src^='/media/']");
        await Expect(pasted).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        var offer = page.GetByTestId("image-alt-offer");
        await Expect(offer).ToBeVisibleAsync();
        await ScreenshotAsync(page, "editor-paste-01-alt-offer", fullPage: false);
        await page.GetByTestId("image-alt-write").ClickAsync();
        var dialog = page.Locator(".mud-dialog").Filter(new() { HasText = "Chèn ảnh vào bài" });
        await Expect(dialog.GetByTestId("media-pick-selected")).ToBeVisibleAsync();
        await Field(page, "media-pick-alt").FillAsync(PastedAlt);
        await dialog.GetByTestId("media-pick-confirm").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(pasted).ToHaveAttributeAsync("alt", PastedAlt);
        await Expect(offer).ToHaveCountAsync(0);
        await Expect(page.FrameLocator("iframe.tox-edit-area__iframe").Locator("img")).ToHaveCountAsync(1); // described, not inserted twice

        // A program pasted as a picture: TinyMCE shows the server's reason and drops it.
        await PasteFileAsync(page, "chup-man-hinh.png", "image/png", [.. "MZ"u8.ToArray(), .. new byte[512]]);
        await Expect(page.Locator(".tox-notification--error")).ToContainTextAsync("chương trình hoặc mã chạy được", new() { Timeout = 15_000 });
        await Expect(page.FrameLocator("iframe.tox-edit-area__iframe").Locator("img")).ToHaveCountAsync(1);
        await ScreenshotAsync(page, "editor-paste-02-refused", fullPage: false);

        await page.GetByTestId("post-save").ClickAsync();
        try
        {
            await page.WaitForURLAsync(new Regex(@"/quan-tri/bai-viet/\d+$"), new() { Timeout = 60_000, WaitUntil = WaitUntilState.Commit }); // saving uploads and rewrites the body: slow on a loaded CI machine
        }
        catch (TimeoutException)
        {
            await ScreenshotAsync(page, "editor-paste-03-save-stuck", fullPage: true);
            throw;
        }

        var postId = long.Parse(new Uri(page.Url).Segments[^1], System.Globalization.CultureInfo.InvariantCulture);
        var saved = await BodyAsync(api, postId);
        var image = Assert.Single(ImgTag().Matches(saved)).Value;
        Assert.Contains($"alt=\"{PastedAlt}\"", image, StringComparison.Ordinal);
        Assert.Matches("src=\"/media/[0-9a-f]+", image);
        Assert.DoesNotContain("data:", saved, StringComparison.Ordinal);
    }

    private static async Task<ILocator> EditorBodyAsync(IPage page)
    {
        await Expect(page.Locator("[data-testid=rich-text-host][data-ready=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        return page.FrameLocator("iframe.tox-edit-area__iframe").Locator("body");
    }

    private static async Task<ILocator> OpenLibraryAsync(IPage page)
    {
        await page.Locator(".tox-tbtn", new() { HasText = "Chèn ảnh từ thư viện" }).ClickAsync();
        var dialog = page.Locator(".mud-dialog").Filter(new() { HasText = "Chèn ảnh vào bài" });
        await Expect(dialog).ToBeVisibleAsync();
        return dialog;
    }

    /// <summary>Pastes a file into the editor as the clipboard of a screenshot tool would.</summary>
    private static async Task PasteFileAsync(IPage page, string name, string type, byte[] bytes) =>
        await page.EvaluateAsync(
            """
            ([name, type, base64]) => {
                const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
                const frame = document.querySelector('iframe.tox-edit-area__iframe');
                const body = frame.contentDocument.body;
                body.focus();
                const data = new DataTransfer();
                data.items.add(new File([bytes], name, { type }));
                body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """,
            new[] { name, type, Convert.ToBase64String(bytes) });

    private async Task<HttpClient> ApiAsync(string email, string password)
    {
        var client = new HttpClient { BaseAddress = new Uri(App.BaseUrl) };
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task UploadAsync(HttpClient api, int unitId, string name, byte[] png, string alt)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent(unitId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "unitId" },
            { new StringContent(alt), "altText" },
        };
        var file = new ByteArrayContent(png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", name);
        using var response = await api.PostAsync("/api/v1/media", form);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The post's saved body through the API, once it holds <paramref name="images"/> images (the save is asynchronous to the click).</summary>
    private static async Task<string> BodyAsync(HttpClient api, long postId, int images = 1)
    {
        var body = string.Empty;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var post = await api.GetFromJsonAsync<JsonElement>($"/api/v1/posts/{postId}");
            body = post.GetProperty("bodyHtml").GetString() ?? string.Empty;
            if (ImgTag().Count(body) >= images)
            {
                break;
            }

            await Task.Delay(200);
        }

        return body;
    }

    [GeneratedRegex("<img\\b[^>]*>")]
    private static partial Regex ImgTag();

    /// <summary>A photo-like PNG: a coloured sky, a field, a row of people.</summary>
    private static byte[] Photo(int width, int height, SKColor sky)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(sky);
            using var field = new SKPaint { Color = new SKColor(0x2E, 0x7D, 0x32) };
            canvas.DrawRect(0, height * 0.65f, width, height * 0.35f, field);
            using var person = new SKPaint { Color = new SKColor(0xC6, 0x28, 0x28) };
            for (var i = 0; i < 6; i++)
            {
                var x = (width * 0.2f) + (i * width * 0.12f);
                canvas.DrawCircle(x, height * 0.45f, height * 0.06f, person);
                canvas.DrawRect(x - (height * 0.05f), height * 0.51f, height * 0.1f, height * 0.16f, person);
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
