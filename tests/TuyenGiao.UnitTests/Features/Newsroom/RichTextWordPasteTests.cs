using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.UnitTests.Features.Newsroom;

/// <summary>HTML as Word 2016/365 puts it on the clipboard (what the browser hands the editor on paste), through the server's sanitiser.</summary>
public sealed class RichTextWordPasteTests
{
    private const string WordClipboard = """
        <html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
        <head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
        <link rel=File-List href="file:///C:/Users/CD/AppData/Local/Temp/msohtmlclip1/01/clip_filelist.xml">
        <!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings></xml><![endif]-->
        <style><!-- /* Style Definitions */ p.MsoNormal, li.MsoNormal, div.MsoNormal {mso-style-unhide:no; margin:0cm; font-size:12.0pt; font-family:"Times New Roman",serif;} @page WordSection1 {size:595.3pt 841.9pt;} --></style>
        </head>
        <body lang=VI style='tab-interval:36.0pt;word-wrap:break-word'>
        <!--StartFragment-->
        <p class=MsoTitle><span lang=VI>Báo cáo công tác tuyên giáo</span><o:p></o:p></p>
        <h1 style='margin-top:12.0pt;mso-outline-level:1'><a name="_Toc1234"></a><span lang=VI style='font-family:"Times New Roman",serif;mso-fareast-font-family:"Times New Roman"'>I. Kết quả đạt được</span><o:p></o:p></h1>
        <h2><span lang=VI>1. Công tác tuyên truyền</span></h2>
        <p class=MsoNormal style='text-align:justify;text-indent:36.0pt;line-height:150%'><b><span lang=VI style='font-size:14.0pt;line-height:150%;mso-bidi-font-size:12.0pt'>Công đoàn</span></b><span lang=VI style='font-size:14.0pt'> đã <i>phối hợp</i> tổ chức <u>nhiều hoạt động</u>.<o:p></o:p></span></p>
        <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=VI style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Tọa đàm về quyền lợi đoàn viên</span></p>
        <p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span lang=VI style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>tại 12 công đoàn cơ sở</span></p>
        <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=VI style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Thi tìm hiểu pháp luật</span></p>
        <p class=MsoNormal><span lang=VI>&nbsp;</span></p>
        <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span lang=VI><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Bước một</span></p>
        <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span lang=VI><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]><span lang=VI>Bước hai</span></p>
        <table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>
         <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'>
          <td width=301 valign=top style='width:225.4pt;border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'><p class=MsoNormal><b><span lang=VI>Đơn vị</span></b></p></td>
          <td width=301 valign=top style='width:225.4pt'><p class=MsoNormal><b><span lang=VI>Số bài</span></b></p></td>
         </tr>
         <tr><td colspan=1 style='width:225.4pt'><p class=MsoNormal><span lang=VI>CĐCS Công ty May 10</span></p></td><td><p class=MsoNormal align=right style='text-align:right'><span lang=VI>42</span></p></td></tr>
        </table>
        <p class=MsoNormal><span lang=VI><!--[if gte vml 1]><v:shape id="Picture_x0020_1" type="#_x0000_t75" style='width:200pt;height:100pt'><v:imagedata src="file:///C:/Users/CD/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" o:title=""/></v:shape><![endif]--><![if !vml]><img width=267 height=133 src="file:///C:/Users/CD/AppData/Local/Temp/msohtmlclip1/01/clip_image002.jpg" alt="Ảnh hội nghị" v:shapes="Picture_x0020_1"><![endif]></span></p>
        <p class=MsoNormal><img width=10 height=10 src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==" alt="Biểu đồ"></p>
        <!--EndFragment-->
        </body></html>
        """;

    private static string Clean() => RichText.Sanitize(WordClipboard);

    [Fact]
    public void Keeps_headings_and_makes_the_Word_title_a_heading()
    {
        var html = Clean();
        Assert.Contains("<h1>Báo cáo công tác tuyên giáo</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>I. Kết quả đạt được</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>1. Công tác tuyên truyền</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_bold_italic_underline_and_alignment()
    {
        var html = Clean();
        Assert.Contains("<b>Công đoàn</b>", html, StringComparison.Ordinal);
        Assert.Contains("<i>phối hợp</i>", html, StringComparison.Ordinal);
        Assert.Contains("<u>nhiều hoạt động</u>", html, StringComparison.Ordinal);
        Assert.Contains("text-align: justify", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Turns_Word_fake_lists_into_real_nested_lists()
    {
        var html = Clean();
        Assert.Contains("<ul><li>Tọa đàm về quyền lợi đoàn viên<ul><li>tại 12 công đoàn cơ sở</li></ul></li><li>Thi tìm hiểu pháp luật</li></ul>", html, StringComparison.Ordinal);
        Assert.Contains("<ol><li>Bước một</li><li>Bước hai</li></ol>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("·", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_tables_with_their_cells()
    {
        var html = Clean();
        Assert.Contains("<table", html, StringComparison.Ordinal);
        Assert.Contains("<td", html, StringComparison.Ordinal);
        Assert.Contains("CĐCS Công ty May 10", html, StringComparison.Ordinal);
        Assert.Contains("border-collapse: collapse", html, StringComparison.Ordinal);
        Assert.Contains("text-align: right", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_data_images_and_drops_images_Word_left_on_the_local_disk()
    {
        var html = Clean();
        Assert.Contains("src=\"data:image/png;base64,iVBOR", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"Biểu đồ\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("file:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Ảnh hội nghị", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Drops_mso_junk()
    {
        var html = Clean();
        Assert.DoesNotContain("mso", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("o:p", html, StringComparison.Ordinal);
        Assert.DoesNotContain("font-family", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<span", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<!--", html, StringComparison.Ordinal);
        Assert.DoesNotContain("v:shape", html, StringComparison.Ordinal);
        Assert.DoesNotContain("_Toc", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>a<img src=x onerror=alert(1)></p>", "onerror")]
    [InlineData("<p><a href=\"javascript:alert(1)\">x</a></p>", "javascript")]
    [InlineData("<p><img src=\"data:text/html;base64,PHNjcmlwdD4=\"></p>", "data:")]
    [InlineData("<p><a href=\"data:image/png;base64,AAAA\">x</a></p>", "data:")]
    [InlineData("<script>alert(1)</script><p>x</p>", "script")]
    public void Still_removes_scripts_and_dangerous_urls(string input, string forbidden)
    {
        Assert.DoesNotContain(forbidden, RichText.Sanitize(input), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Leaves_ordinary_editor_html_alone()
    {
        const string html = "<h2>Tiêu đề</h2><p>Đoạn <strong>đậm</strong> và <em>nghiêng</em>.</p><ol><li>một</li></ol>";
        Assert.Equal(html, RichText.Sanitize(html));
    }
}
