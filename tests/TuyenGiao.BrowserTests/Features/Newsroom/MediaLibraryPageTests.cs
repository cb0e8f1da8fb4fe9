using Microsoft.Playwright;
using SkiaSharp;
using TuyenGiao.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.BrowserTests.Features.Newsroom;

/// <summary>The media library page as an official uses it: upload a photo, give it its alt text, find it again.</summary>
public sealed class MediaLibraryPageTests(BrowserAppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Official_uploads_a_photo_writes_its_alt_text_and_finds_it_without_tones()
    {
        var page = await SignInAsync("/quan-tri/thu-vien-media");
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Thư viện media" })).ToBeVisibleAsync();

        var png = Picture(640, 360);
        await page.Locator("input[type=file]").First.SetInputFilesAsync(new FilePayload { Name = "Hội nghị Công đoàn.png", MimeType = "image/png", Buffer = png });
        await Expect(page.GetByTestId("media-edit")).ToBeVisibleAsync(); // asks for the alt text right away
        await Field(page, "media-alt").FillAsync("Đại biểu dự hội nghị Công đoàn");
        await page.GetByTestId("media-save").ClickAsync();
        await Expect(page.GetByTestId("media-edit")).ToBeHiddenAsync();

        await Field(page, "media-search").FillAsync("dai bieu hoi nghi");
        var card = page.GetByTestId("media-card").Filter(new LocatorFilterOptions { HasText = "Hội nghị Công đoàn.png" });
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card.Locator("img")).ToHaveAttributeAsync("alt", "Đại biểu dự hội nghị Công đoàn");
        await ScreenshotAsync(page, "media-library");

        // The thumb really is served.
        var src = await card.Locator("img").GetAttributeAsync("src");
        var response = await page.APIRequest.GetAsync(App.BaseUrl + src);
        Assert.Equal(200, response.Status);

        // On a phone: the grid stays readable.
        var phone = await SignInAsync("/quan-tri/thu-vien-media", 390, 844);
        await Expect(phone.GetByTestId("media-card").First).ToBeVisibleAsync();
        await ScreenshotAsync(phone, "media-library-phone");

        // Something that is not an image, named .jpg, is refused with the reason.
        await page.Locator("input[type=file]").First.SetInputFilesAsync(new FilePayload { Name = "anh.jpg", MimeType = "image/jpeg", Buffer = [.. "MZ"u8.ToArray(), .. new byte[100]] });
        await Expect(page.GetByText("chương trình", new PageGetByTextOptions { Exact = false })).ToBeVisibleAsync();
        await ScreenshotAsync(page, "media-library-refused", fullPage: false);
    }

    private static byte[] Picture(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(0xC6, 0x28, 0x28));
            using var paint = new SKPaint { Color = new SKColor(0xFF, 0xD5, 0x4F) };
            canvas.DrawCircle(width / 2f, height / 2f, height / 4f, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
