using System.Globalization;
using System.Net;
using System.Text;
using TuyenGiao.Modules.Shared.Text;

/// <summary>
/// Generates realistic Vietnamese news items of a labour federation from word lists (NFC, with
/// tones and đ): titles from actor + action + subject + circumstance, summaries and bodies from
/// sentence patterns. Deterministic for a seed, so two runs generate the same corpus.
/// </summary>
internal sealed class PostCorpus(int seed)
{
    private static readonly string[] Actors =
    [
        "Liên đoàn Lao động tỉnh", "Công đoàn ngành Giáo dục", "Công đoàn ngành Y tế", "Công đoàn ngành Xây dựng",
        "Công đoàn ngành Giao thông vận tải", "Công đoàn Viên chức tỉnh", "Công đoàn các Khu công nghiệp", "Ban Nữ công Liên đoàn Lao động tỉnh",
        "Liên đoàn Lao động huyện Chợ Mới", "Liên đoàn Lao động thành phố", "Liên đoàn Lao động huyện Na Rì", "Liên đoàn Lao động huyện Ba Bể",
        "Công đoàn cơ sở Công ty May Đức Giang", "Công đoàn Công ty Than Hà Lầm", "Công đoàn Trường Tiểu học thị trấn", "Công đoàn Bệnh viện Đa khoa tỉnh",
        "Công đoàn Công ty Điện lực", "Công đoàn ngành Nông nghiệp và Phát triển nông thôn", "Công đoàn Khu công nghiệp Quang Minh", "Công đoàn Công ty Giày da Thái Bình",
        "Công đoàn Tổng công ty Đường sắt", "Tổ công đoàn phân xưởng cơ khí", "Ủy ban Kiểm tra Công đoàn tỉnh", "Văn phòng tư vấn pháp luật Công đoàn",
    ];

    private static readonly string[] Actions =
    [
        "tổ chức", "phát động", "triển khai", "tổng kết", "ra quân", "hưởng ứng", "trao", "ký kết", "kiểm tra", "tuyên truyền",
        "sơ kết", "khánh thành", "tập huấn", "giám sát", "thăm hỏi, tặng quà trong", "biểu dương điển hình",
    ];

    private static readonly string[] Subjects =
    [
        "Tháng Công nhân", "Tháng hành động về an toàn, vệ sinh lao động", "đại hội công đoàn cơ sở nhiệm kỳ 2028–2033", "chương trình “Tết Sum vầy”",
        "hội nghị đối thoại tại nơi làm việc", "thỏa ước lao động tập thể", "“Mái ấm công đoàn”", "nhà ở xã hội cho công nhân",
        "“Bữa cơm ca công đoàn”", "giải bóng đá công nhân viên chức lao động", "phong trào thi đua lao động giỏi, lao động sáng tạo", "tập huấn nghiệp vụ cho cán bộ công đoàn",
        "tư vấn pháp luật lao động miễn phí", "chăm lo đoàn viên có hoàn cảnh khó khăn", "phòng chống sốt xuất huyết", "chính sách bảo hiểm xã hội mới",
        "mức lương tối thiểu vùng", "phiên chợ nghĩa tình cho công nhân", "hội thi nữ công nhân viên chức duyên dáng", "an toàn thực phẩm bữa ăn giữa ca",
        "phòng chống cháy nổ tại nhà trọ công nhân", "phúc lợi đoàn viên", "Ngày thành lập Công đoàn Việt Nam 28/7", "học bổng cho con công nhân",
        "Đại hội Công đoàn Việt Nam lần thứ XIV", "chuyển đổi số trong hoạt động công đoàn", "bảo hiểm thất nghiệp", "nghỉ phép năm và làm thêm giờ",
        "phát triển đoàn viên trong doanh nghiệp ngoài nhà nước", "văn hóa doanh nghiệp", "sáng kiến cải tiến kỹ thuật", "Ngày hội văn hóa công nhân",
    ];

    private static readonly string[] Circumstances =
    [
        "năm 2026", "cho hơn 500 công nhân", "tại Khu công nghiệp Bắc Thăng Long", "ở vùng cao biên giới", "dịp Tết Nguyên đán",
        "trước mùa mưa bão", "trong doanh nghiệp FDI", "tại 45 doanh nghiệp", "cho đoàn viên xa quê", "nhân dịp 1/5",
        "với nhiều hoạt động thiết thực", "đạt kết quả tích cực", "lan tỏa trong công nhân lao động", "ở các trường học vùng khó khăn", "cho lao động nữ",
    ];

    private static readonly string[] Openings =
    [
        "Sáng {d}, {a} đã {v} {s} {c}.", "Ngày {d}, {a} {v} {s}, thu hút đông đảo đoàn viên, người lao động tham gia.",
        "Thực hiện kế hoạch năm, {a} {v} {s} {c}.", "Hướng tới kỷ niệm ngày truyền thống, {a} {v} {s}.",
    ];

    private static readonly string[] Sentences =
    [
        "Phát biểu tại buổi lễ, đồng chí {p}, Chủ tịch {a}, nhấn mạnh vai trò của tổ chức công đoàn trong việc chăm lo, bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên.",
        "Qua kiểm tra, nhiều doanh nghiệp đã trang bị đầy đủ phương tiện bảo vệ cá nhân; một số đơn vị còn thiếu hồ sơ huấn luyện an toàn lao động được yêu cầu khắc phục trong {n} ngày.",
        "Năm qua, các công đoàn cơ sở trên địa bàn đã phát triển thêm {n} đoàn viên, thành lập mới {k} công đoàn cơ sở trong doanh nghiệp ngoài nhà nước.",
        "Dịp này, ban tổ chức trao {n} suất quà, mỗi suất trị giá {k} trăm nghìn đồng, cho công nhân có hoàn cảnh đặc biệt khó khăn.",
        "Người lao động được tư vấn về tiền lương, thời giờ làm việc, bảo hiểm xã hội, bảo hiểm y tế và các chế độ khi chấm dứt hợp đồng lao động.",
        "Đại hội đã bầu Ban Chấp hành nhiệm kỳ mới gồm {k} đồng chí, thông qua nghị quyết với các chỉ tiêu chủ yếu về phát triển đoàn viên và chăm lo đời sống.",
        "Công đoàn phối hợp với người sử dụng lao động tổ chức đối thoại định kỳ, giải đáp {n} kiến nghị của công nhân về nhà ở, nhà trẻ và bữa ăn ca.",
        "Thông qua phong trào, hàng trăm sáng kiến cải tiến kỹ thuật được công nhận, làm lợi cho doanh nghiệp hàng tỷ đồng.",
        "Các cấp công đoàn tiếp tục tuyên truyền, phổ biến chính sách, pháp luật mới đến đoàn viên bằng nhiều hình thức phù hợp, nhất là trên mạng xã hội.",
        "Dự án nhà ở xã hội dành cho công nhân khu công nghiệp có {n} căn hộ, giá thuê phù hợp với thu nhập của người lao động.",
        "Ban Nữ công đề nghị doanh nghiệp bố trí phòng vắt trữ sữa, hỗ trợ tiền gửi trẻ cho lao động nữ có con nhỏ.",
        "Đoàn kiểm tra ghi nhận doanh nghiệp trả lương đúng hạn, đóng bảo hiểm xã hội đầy đủ cho {n} người lao động.",
        "Tại hội nghị, đại biểu đã thảo luận sôi nổi về giải pháp nâng cao chất lượng hoạt động của công đoàn cơ sở trong tình hình mới.",
        "Phong trào “Xanh – Sạch – Đẹp, bảo đảm an toàn vệ sinh lao động” tiếp tục được duy trì, góp phần giảm tai nạn lao động.",
        "Ông {p}, công nhân phân xưởng, chia sẻ: “Nhờ có công đoàn, anh em chúng tôi yên tâm gắn bó lâu dài với doanh nghiệp”.",
        "Kết thúc đợt cao điểm, {a} sẽ tổng kết, khen thưởng {k} tập thể và {n} cá nhân có thành tích xuất sắc.",
        "Cán bộ công đoàn cơ sở được trang bị kỹ năng thương lượng tập thể, giải quyết tranh chấp lao động và quản lý tài chính công đoàn.",
        "Chương trình phúc lợi giúp đoàn viên được giảm giá khi mua hàng, khám chữa bệnh tại {k} đối tác liên kết.",
    ];

    private static readonly string[] People =
    [
        "Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Minh Đức", "Phạm Thu Hà", "Hoàng Văn Đạt", "Nông Thị Hoa", "Lý Văn Thắng", "Đặng Thị Hường",
        "Bùi Quốc Tuấn", "Vũ Thị Ngọc", "Đỗ Mạnh Cường", "Triệu Thị Mai",
    ];

    private static readonly string[] Tags =
    [
        "đoàn viên", "an toàn vệ sinh lao động", "đại hội công đoàn", "chăm lo đoàn viên", "chính sách", "BHXH", "tiền lương", "nhà ở xã hội",
        "thi đua", "nữ công", "tư vấn pháp luật", "cách làm hay", "điển hình tiêu biểu", "phong trào", "chuyển đổi số", "văn hóa",
    ];

    private readonly Random random = new(seed);

    public sealed record Item(string Title, string Slug, string Summary, string BodyHtml, string BodyText, string SearchTitle, string SearchText, string[] Tags);

    public Item Next(DateTime publishedUtc)
    {
        var a = Pick(Actors);
        var v = Pick(Actions);
        var s = Pick(Subjects);
        var c = Pick(Circumstances);
        var title = Capitalize($"{a} {v} {s} {c}");
        var date = publishedUtc.AddHours(7).ToString("dd/MM", CultureInfo.InvariantCulture);
        string Fill(string pattern) => pattern
            .Replace("{a}", a, StringComparison.Ordinal).Replace("{v}", v, StringComparison.Ordinal)
            .Replace("{s}", s, StringComparison.Ordinal).Replace("{c}", c, StringComparison.Ordinal)
            .Replace("{d}", date, StringComparison.Ordinal).Replace("{p}", Pick(People), StringComparison.Ordinal)
            .Replace("{n}", random.Next(12, 900).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{k}", random.Next(2, 30).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var summary = Fill(Pick(Openings));
        var paragraphs = new List<string>();
        var count = random.Next(4, 8);
        for (var i = 0; i < count; i++)
        {
            paragraphs.Add(string.Join(' ', Enumerable.Range(0, random.Next(1, 3)).Select(_ => Fill(Pick(Sentences)))));
        }

        var html = new StringBuilder();
        foreach (var p in paragraphs)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(p)).Append("</p>");
        }

        var bodyText = string.Join('\n', paragraphs);
        var tags = Enumerable.Range(0, random.Next(1, 3)).Select(_ => Pick(Tags)).Distinct().ToArray();
        return new Item(
            title,
            VietnameseText.Slugify(title),
            summary,
            html.ToString(),
            bodyText,
            VietnameseText.Fold(title),
            VietnameseText.Fold(string.Join(' ', [title, summary, bodyText, .. tags])),
            tags);
    }

    public int Next(int max) => random.Next(max);

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];

    private static string Capitalize(string s) => string.Concat(s[..1].ToUpper(CultureInfo.GetCultureInfo("vi-VN")), s[1..]);
}
