using System.Text;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.UnitTests.Shared.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Công Đoàn", "cong doan")]
    [InlineData("Đại hội", "dai hoi")]
    [InlineData("Liên đoàn Lao động tỉnh Bắc Kạn", "lien doan lao dong tinh bac kan")]
    [InlineData("ĐOÀN VIÊN CÔNG ĐOÀN", "doan vien cong doan")]
    [InlineData("đ Đ", "d d")]
    [InlineData("Chợ Đồn", "cho don")]
    [InlineData("Pác Nặm", "pac nam")]
    [InlineData("Người lao động được hưởng", "nguoi lao dong duoc huong")]
    [InlineData("Ứng dụng Zalo", "ung dung zalo")]
    [InlineData("Tháng hành động ATVSLĐ", "thang hanh dong atvsld")]
    [InlineData("cong doan", "cong doan")]
    public void Fold_removes_tones_and_folds_d(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(input));

    [Theory]
    [InlineData("  Công   đoàn\t\tcơ sở \n", "cong doan co so")]
    [InlineData("\u00a0Bạch\u2003Thông\u00a0", "bach thong")]
    [InlineData("   ", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Fold_trims_and_collapses_white_space(string? input, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(input));

    [Theory]
    [InlineData("Công Đoàn")]
    [InlineData("Đổi mới công tác tuyên giáo")]
    [InlineData("Nguyễn Thị Hồng Nhung")]
    [InlineData("Tuyên truyền, giáo dục ở cơ sở")]
    public void Fold_gives_the_same_for_decomposed_and_composed_input(string text)
    {
        var nfd = text.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(text, nfd); // the input really is decomposed
        Assert.Equal(VietnameseText.Fold(text.Normalize(NormalizationForm.FormC)), VietnameseText.Fold(nfd));
    }

    [Fact]
    public void Fold_handles_tone_marks_typed_as_separate_combining_characters()
    {
        // "Công đoàn" as an old keyboard would type it: base letters followed by combining marks.
        const string typed = "Co\u0302ng đoa\u0300n";
        Assert.Equal("cong doan", VietnameseText.Fold(typed));
    }

    [Theory]
    [InlineData("Đổi mới công tác tuyên giáo", "doi-moi-cong-tac-tuyen-giao")]
    [InlineData("Công đoàn: 95 năm xây dựng & phát triển!", "cong-doan-95-nam-xay-dung-phat-trien")]
    [InlineData("  --Tháng Công nhân (2025)-- ", "thang-cong-nhan-2025")]
    [InlineData("Hội nghị báo cáo viên quý I/2024", "hoi-nghi-bao-cao-vien-quy-i-2024")]
    [InlineData("ĐẠI HỘI Công đoàn, nhiệm kỳ 2023–2028", "dai-hoi-cong-doan-nhiem-ky-2023-2028")]
    [InlineData("Lao động & Công đoàn Bắc Kạn", "lao-dong-cong-doan-bac-kan")]
    public void Slugify_makes_ascii_slugs(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Slugify(input));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("!!! ??? …")]
    [InlineData("“”")]
    public void Slugify_never_answers_empty(string? input) =>
        Assert.Equal("n-a", VietnameseText.Slugify(input));

    [Fact]
    public void Slugify_caps_the_length_without_a_trailing_dash()
    {
        var title = string.Join(' ', Enumerable.Repeat("Tuyên truyền", 40));
        var slug = VietnameseText.Slugify(title);
        Assert.True(slug.Length <= 120, slug);
        Assert.False(slug.EndsWith('-'));
        Assert.StartsWith("tuyen-truyen-tuyen-truyen", slug, StringComparison.Ordinal);

        var shortSlug = VietnameseText.Slugify("Đổi mới công tác tuyên giáo", maxLength: 10);
        Assert.Equal("doi-moi-co", shortSlug);
        Assert.Equal("doi-moi", VietnameseText.Slugify("Đổi mới công tác tuyên giáo", maxLength: 8));
    }

    [Fact]
    public void Nfc_composes_trims_and_keeps_null()
    {
        var nfd = "  Đoàn viên ".Normalize(NormalizationForm.FormD);
        var nfc = VietnameseText.Nfc(nfd);
        Assert.Equal("Đoàn viên", nfc);
        Assert.True(nfc!.IsNormalized(NormalizationForm.FormC));
        Assert.Null(VietnameseText.Nfc(null));
        Assert.Equal(string.Empty, VietnameseText.Nfc("   "));
    }

    [Fact]
    public void CleanLine_composes_and_collapses_white_space()
    {
        var input = "  Công\t đoàn \r\n cơ   sở  ".Normalize(NormalizationForm.FormD);
        var clean = VietnameseText.CleanLine(input);
        Assert.Equal("Công đoàn cơ sở", clean);
        Assert.True(clean.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(string.Empty, VietnameseText.CleanLine(null));
    }
}
