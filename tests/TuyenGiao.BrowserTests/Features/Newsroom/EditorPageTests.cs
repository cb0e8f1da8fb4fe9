using Microsoft.Playwright;
using TuyenGiao.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace TuyenGiao.BrowserTests.Features.Newsroom;

/// <summary>The rich-text editor (on its try-out page): pasting from Word, and old TCVN3 text converted on request.</summary>
public sealed class EditorPageTests(BrowserAppFixture app) : BrowserTest(app)
{
    private const string WordHtml = """
        <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {mso-style-unhide:no; font-size:12.0pt;} --></style></head>
        <body lang=VI><!--StartFragment-->
        <h2><span lang=VI style='mso-fareast-font-family:"Times New Roman"'>Kết quả tuyên truyền</span></h2>
        <p class=MsoNormal><b><span lang=VI style='font-size:14.0pt;mso-bidi-font-size:12.0pt'>Công đoàn</span></b><span lang=VI> đã <i>phối hợp</i> tổ chức <u>nhiều hoạt động</u>.<o:p></o:p></span></p>
        <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Tọa đàm về quyền lợi đoàn viên</span></p>
        <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Thi tìm hiểu pháp luật</span></p>
        <table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'><tr><td width=200 style='width:150pt;mso-border-alt:solid windowtext .5pt'><p class=MsoNormal><span lang=VI>Đơn vị</span></p></td><td><p class=MsoNormal><span lang=VI>Số bài</span></p></td></tr>
        <tr><td><p class=MsoNormal><span lang=VI>CĐCS Công ty May</span></p></td><td><p class=MsoNormal><span lang=VI>42</span></p></td></tr></table>
        <!--EndFragment--></body></html>
        """;

    private static async Task PasteAsync(IPage page, string html, string text)
    {
        await page.EvaluateAsync(
            """
            ([html, text]) => {
                const frame = document.querySelector('iframe.tox-edit-area__iframe');
                const body = frame.contentDocument.body;
                body.focus();
                const data = new DataTransfer();
                data.setData('text/html', html);
                data.setData('text/plain', text);
                body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """,
            new[] { html, text });
    }

    private async Task<IPage> OpenEditorAsync(int width = 1280, int height = 860)
    {
        var page = await SignInAsync("/quan-tri/soan-thao", width, height);
        await Expect(page.Locator("[data-testid=rich-text-host][data-ready=true]")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Expect(page.Locator(".tox-tinymce")).ToBeVisibleAsync();
        return page;
    }

    [Fact]
    public async Task Pasting_from_Word_keeps_headings_emphasis_lists_and_tables_without_Word_junk()
    {
        var page = await OpenEditorAsync();
        await PasteAsync(page, WordHtml, "Kết quả tuyên truyền");

        var value = page.GetByTestId("editor-value");
        await Expect(value).ToContainTextAsync("<h2>Kết quả tuyên truyền</h2>", new() { Timeout = 15_000 });
        await Expect(value).ToContainTextAsync("Công đoàn</strong>");
        await Expect(value).ToContainTextAsync("<em>phối hợp</em>");
        await Expect(value).ToContainTextAsync("nhiều hoạt động");
        await Expect(value).ToContainTextAsync("<li>Tọa đàm về quyền lợi đoàn viên</li>");
        await Expect(value).ToContainTextAsync("<li>Thi tìm hiểu pháp luật</li>");
        await Expect(value).ToContainTextAsync("<td");
        await Expect(value).ToContainTextAsync("CĐCS Công ty May");
        var text = await value.InnerTextAsync();
        Assert.DoesNotContain("mso", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("o:p", text, StringComparison.Ordinal);
        Assert.DoesNotContain("·", text, StringComparison.Ordinal);

        // The Vietnamese interface: the toolbar speaks Vietnamese.
        await Expect(page.Locator(".tox-tbtn[aria-label='In đậm']")).ToBeVisibleAsync();
        await ScreenshotAsync(page, "editor-word-paste");
    }

    [Fact]
    public async Task Pasted_TCVN3_text_is_offered_for_conversion_and_converted_on_request()
    {
        var page = await OpenEditorAsync(390, 844);
        const string legacy = "§¹i héi C«ng ®oµn tØnh lÇn thø XV";
        await PasteAsync(page, "<p>" + legacy + "</p>", legacy);

        var offer = page.GetByTestId("legacy-offer");
        await Expect(offer).ToContainTextAsync("Văn bản dán vào có vẻ dùng mã TCVN3 (ABC). Chuyển sang Unicode?", new() { Timeout = 15_000 });
        await Expect(page.GetByTestId("editor-value")).ToContainTextAsync("C«ng ®oµn");
        await ScreenshotAsync(page, "editor-tcvn3-offer-phone");

        await page.GetByTestId("legacy-accept").ClickAsync();
        await Expect(page.GetByTestId("editor-value")).ToContainTextAsync("Đại hội Công đoàn tỉnh lần thứ XV", new() { Timeout = 15_000 });
        await Expect(page.GetByTestId("editor-value")).Not.ToContainTextAsync("C«ng");
        await Expect(offer).ToHaveCountAsync(0);
        await ScreenshotAsync(page, "editor-tcvn3-converted-phone");
    }

    [Fact]
    public async Task The_toolbar_button_converts_VNI_text_already_in_the_editor()
    {
        var page = await OpenEditorAsync();
        var body = page.FrameLocator("iframe.tox-edit-area__iframe").Locator("body");
        await body.ClickAsync();
        await page.Keyboard.TypeAsync("Coâng ñoaøn Vieät Nam");
        await Expect(page.GetByTestId("editor-value")).ToContainTextAsync("Coâng ñoaøn", new() { Timeout = 15_000 });

        await page.Locator(".tox-tbtn", new() { HasText = "Chuyển mã TCVN3/VNI → Unicode" }).ClickAsync();
        await Expect(page.GetByTestId("editor-value")).ToContainTextAsync("Công đoàn Việt Nam", new() { Timeout = 15_000 });
        await Expect(page.GetByTestId("legacy-offer")).ToContainTextAsync("VNI-Windows");
        await ScreenshotAsync(page, "editor-vni-button");
    }
}
