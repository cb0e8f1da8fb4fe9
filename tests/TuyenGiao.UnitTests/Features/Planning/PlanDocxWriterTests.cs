using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using TuyenGiao.Modules.Features.Planning.Domain;
using TuyenGiao.Modules.Features.Planning.Plans;

namespace TuyenGiao.UnitTests.Features.Planning;

/// <summary>The plan's Word document: opened back with OpenXml, its header, sections and tables are where an official expects them.</summary>
public sealed class PlanDocxWriterTests
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static PlanItem Plan(IReadOnlyList<PlanBudgetLineItem>? budget = null) => new(
        1,
        10,
        "Công đoàn cơ sở Trường THPT Chợ Đồn",
        "Kế hoạch tuyên truyền Tháng Công nhân năm 2026",
        PlanKind.Thematic,
        2026,
        new DateOnly(2026, 5, 1),
        new DateOnly(2026, 5, 31),
        PlanStatus.Approved,
        "Tuyên truyền sâu rộng về Tháng Công nhân.\nĐộng viên đoàn viên tham gia.",
        ["Tháng Công nhân: Đoàn viên, người lao động là trung tâm"],
        ["Đoàn viên, người lao động"],
        ["Fanpage", "Loa truyền thanh"],
        [new PlanObservanceRef(5, "Ngày Quốc tế Lao động", 5, 1, "Solar"), new PlanObservanceRef(6, "Giỗ Tổ Hùng Vương", 3, 10, "Lunar")],
        [],
        [
            new PlanActivityItem(1, "Treo băng rôn, khẩu hiệu", "Tại cổng trường", "Ban Tuyên giáo", null, new DateOnly(2026, 4, 25), new DateOnly(2026, 5, 1), PlanActivityStatus.Done, false),
            new PlanActivityItem(2, "Đăng tin trên fanpage", null, "Văn phòng", null, null, new DateOnly(2026, 5, 9), PlanActivityStatus.Planned, true),
        ],
        budget ?? [new PlanBudgetLineItem(1, "Băng rôn", 1_234_567, "Kinh phí công đoàn"), new PlanBudgetLineItem(2, "Nhuận bút", 2_000_000, null)],
        (budget ?? [new PlanBudgetLineItem(1, "Băng rôn", 1_234_567, null), new PlanBudgetLineItem(2, "Nhuận bút", 2_000_000, null)]).Sum(b => b.Amount),
        1,
        true,
        DateTime.UtcNow,
        DateTime.UtcNow);

    private static Body Open(byte[] bytes, out WordprocessingDocument document)
    {
        document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return document.MainDocumentPart!.Document!.Body!;
    }

    [Fact]
    public void Writes_the_administrative_header_title_sections_and_tables()
    {
        CultureInfo.CurrentUICulture = Vietnamese;
        var bytes = PlanDocxWriter.Write(Plan(), new PlanDocumentHeader("Liên đoàn Lao động huyện Chợ Đồn", "Công đoàn cơ sở Trường THPT Chợ Đồn", "Bắc Kạn", new DateOnly(2026, 2, 5)));

        var body = Open(bytes, out var document);
        using (document)
        {
            var header = body.Elements<Table>().First();
            var invalid = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(invalid.Count == 0, string.Join(Environment.NewLine, invalid));
            var cells = header.Descendants<TableCell>().Select(c => c.Elements<Paragraph>().Select(TextOf).Where(t => t.Length > 0).ToList()).ToList();
            Assert.Equal(["LIÊN ĐOÀN LAO ĐỘNG\nHUYỆN CHỢ ĐỒN", "CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT CHỢ ĐỒN", "Số:        /KH"], cells[0]);
            Assert.Equal(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Bắc Kạn, ngày 05 tháng 02 năm 2026"], cells[1]);

            var paragraphs = body.Elements<Paragraph>().Select(p => p.InnerText).Where(t => t.Length > 0).ToList();
            Assert.Equal("KẾ HOẠCH", paragraphs[0]);
            Assert.Equal("Kế hoạch tuyên truyền Tháng Công nhân năm 2026", paragraphs[1]);
            Assert.Contains("Thời gian thực hiện: từ ngày 01/05/2026 đến ngày 31/05/2026.", paragraphs);
            Assert.Equal(["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG TUYÊN TRUYỀN", "III. ĐỐI TƯỢNG, HÌNH THỨC TUYÊN TRUYỀN", "IV. TỔ CHỨC THỰC HIỆN", "V. KINH PHÍ THỰC HIỆN"], paragraphs.Where(p => p.StartsWith('I') || p.StartsWith('V')).ToList());
            Assert.Contains("- Ngày 01/05: Ngày Quốc tế Lao động", paragraphs);
            Assert.Contains("- Ngày 10 tháng 3 âm lịch: Giỗ Tổ Hùng Vương", paragraphs);
            Assert.Contains("- Loa truyền thanh", paragraphs);

            var activities = body.Elements<Table>().ElementAt(1).Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
            Assert.Equal(["TT", "Nội dung công việc", "Đơn vị, người thực hiện", "Thời gian", "Tình trạng"], activities[0]);
            Assert.Equal(["1", "Treo băng rôn, khẩu hiệuTại cổng trường", "Ban Tuyên giáo", "25/04/2026 – 01/05/2026", "Đã hoàn thành"], activities[1]);
            Assert.Equal("Chưa thực hiện (quá hạn)", activities[2][4]);

            var budget = body.Elements<Table>().ElementAt(2).Elements<TableRow>().Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList()).ToList();
            Assert.Equal(["1", "Băng rôn", "Kinh phí công đoàn", "1.234.567 đ"], budget[1]);
            Assert.Equal(["Tổng cộng", "3.234.567 đ"], budget[^1]);
            Assert.Equal("vi-VN", document.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Descendants<Languages>().Single().Val?.Value);
            var section = body.Elements<SectionProperties>().Single();
            Assert.Equal(11906u, section.GetFirstChild<PageSize>()!.Width!.Value);
        }
    }

    [Fact]
    public void An_empty_budget_still_shows_a_zero_total()
    {
        CultureInfo.CurrentUICulture = Vietnamese;
        var body = Open(PlanDocxWriter.Write(Plan([]), new PlanDocumentHeader(null, "Đơn vị", null, new DateOnly(2026, 11, 29))), out var document);
        using (document)
        {
            var budget = body.Elements<Table>().ElementAt(2).Elements<TableRow>().ToList();
            Assert.Equal(2, budget.Count);
            Assert.Equal("0 đ", budget[^1].Elements<TableCell>().Last().InnerText);
            Assert.Contains("……, ngày 29 tháng 11 năm 2026", body.Elements<Table>().First().InnerText, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC KẠN", "LIÊN ĐOÀN LAO ĐỘNG|TỈNH BẮC KẠN")]
    [InlineData("LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ BẮC KẠN", "LIÊN ĐOÀN LAO ĐỘNG|THÀNH PHỐ BẮC KẠN")]
    [InlineData("CĐCS TRƯỜNG THPT CHỢ ĐỒN", "CĐCS TRƯỜNG THPT CHỢ ĐỒN")]
    [InlineData("CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT CHUYÊN BẮC KẠN", "CÔNG ĐOÀN CƠ SỞ TRƯỜNG THPT CHUYÊN BẮC KẠN")]
    public void Long_unit_names_break_before_their_place(string name, string expected) =>
        Assert.Equal(expected, string.Join('|', PlanDocxWriter.HeaderLines(name)));

    /// <summary>A paragraph's text with its line breaks as "\n".</summary>
    private static string TextOf(Paragraph paragraph) =>
        string.Concat(paragraph.Descendants().Select(e => e switch { Text t => t.Text, Break => "\n", _ => string.Empty }));

    [Theory]
    [InlineData(0, "0 đ")]
    [InlineData(999, "999 đ")]
    [InlineData(1_000, "1.000 đ")]
    [InlineData(1_234_567, "1.234.567 đ")]
    [InlineData(1_000_000_000_000, "1.000.000.000.000 đ")]
    public void Amounts_are_written_with_dot_separators_and_the_dong_sign(long amount, string expected) =>
        Assert.Equal(expected, VndFormat.Format(amount));

    [Theory]
    [InlineData("Liên đoàn Lao động tỉnh Bắc Kạn", "Bắc Kạn")]
    [InlineData("Liên đoàn Lao động thành phố Hà Nội", "Hà Nội")]
    [InlineData("Tổng Liên đoàn", null)]
    public void The_place_comes_from_the_federations_name(string name, string? place) =>
        Assert.Equal(place, PlanService.PlaceOf(name));
}
