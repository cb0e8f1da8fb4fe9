using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.UnitTests.Shared.Text;

public sealed class RichTextTests
{
    [Fact]
    public void Sanitize_removes_scripts_and_event_handlers_but_keeps_the_formatting_an_official_wrote()
    {
        const string html = "<h2>Tháng Công nhân</h2><p onclick=\"steal()\">Nội dung <b>đậm</b><script>alert(1)</script></p>"
            + "<ul><li>Một</li></ul><table><tr><td>Ô</td></tr></table><img src=\"/media/ab/abc.webp\" alt=\"Ảnh\" onerror=\"x()\">"
            + "<a href=\"javascript:alert(1)\">liên kết</a>";

        var clean = RichText.Sanitize(html);

        Assert.DoesNotContain("script", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", clean, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", clean, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<h2>Tháng Công nhân</h2>", clean);
        Assert.Contains("<b>đậm</b>", clean);
        Assert.Contains("<li>Một</li>", clean);
        Assert.Contains("<td>Ô</td>", clean);
        Assert.Contains("src=\"/media/ab/abc.webp\"", clean);
    }

    [Fact]
    public void Sanitize_normalises_decomposed_Vietnamese_to_NFC()
    {
        var decomposed = "<p>" + "Công đoàn".Normalize(System.Text.NormalizationForm.FormD) + "</p>";
        Assert.Equal("<p>Công đoàn</p>", RichText.Sanitize(decomposed));
    }

    [Fact]
    public void Plain_text_keeps_paragraphs_apart_and_words_of_table_cells_separate()
    {
        var text = RichText.ToPlainText("<h2>Tiêu đề</h2><p>Đoạn   một<br>dòng hai</p><table><tr><td>A</td><td>B</td></tr></table><script>x</script>");
        Assert.Equal("Tiêu đề\n\nĐoạn một\n\ndòng hai\n\nA B", text);
    }

    [Fact]
    public void Empty_input_gives_empty_output()
    {
        Assert.Equal(string.Empty, RichText.Sanitize(null));
        Assert.Equal(string.Empty, RichText.ToPlainText("   "));
    }
}
