namespace TuyenGiao.Modules.Features.Organization.Seeding;

/// <summary>
/// The 2025 reorganisation of the demo: Bắc Kạn joins Thái Nguyên and the district level goes.
/// Each Bắc Kạn district or city federation splits into the commune and ward unions formed from
/// its former communes (names of the post-2025 communes); its grassroots unions follow the
/// commune they sit in, and district-wide bodies (agencies, enterprises) go to the first one.
/// </summary>
internal static class Reorganisation2025Data
{
    public static readonly DateOnly EffectiveDate = new(2025, 7, 1);

    public const string FederationCode = "TN";
    public const string FederationName = "Liên đoàn Lao động tỉnh Thái Nguyên";

    public sealed record Commune(string Place, string[] FormerCommunes);

    /// <summary>Thái Nguyên's own units before the merger: code, name, short name, kind, parent code.</summary>
    public static readonly (string Code, string Name, string ShortName, string Kind, string? Parent, int Members)[] ThaiNguyenUnits =
    [
        (FederationCode, FederationName, "LĐLĐ tỉnh Thái Nguyên", "Federation", null, 24),
        ("TN-GD", "Công đoàn ngành Giáo dục tỉnh Thái Nguyên", "CĐ ngành Giáo dục Thái Nguyên", "SectorUnion", FederationCode, 12),
        ("TN-YT", "Công đoàn ngành Y tế tỉnh Thái Nguyên", "CĐ ngành Y tế Thái Nguyên", "SectorUnion", FederationCode, 11),
        ("TN-KCN", "Công đoàn các Khu công nghiệp tỉnh Thái Nguyên", "CĐ các KCN Thái Nguyên", "IndustrialZoneUnion", FederationCode, 9),
        ("TN-GD-01", "Công đoàn cơ sở Trường THPT Chuyên Thái Nguyên", "CĐCS Trường THPT Chuyên Thái Nguyên", "GrassrootsUnion", "TN-GD", 96),
        ("TN-GD-02", "Công đoàn cơ sở Trường THPT Lương Ngọc Quyến", "CĐCS Trường THPT Lương Ngọc Quyến", "GrassrootsUnion", "TN-GD", 104),
        ("TN-GD-03", "Công đoàn cơ sở Trường THPT Gang Thép", "CĐCS Trường THPT Gang Thép", "GrassrootsUnion", "TN-GD", 78),
        ("TN-YT-01", "Công đoàn cơ sở Bệnh viện A Thái Nguyên", "CĐCS Bệnh viện A Thái Nguyên", "GrassrootsUnion", "TN-YT", 390),
        ("TN-YT-02", "Công đoàn cơ sở Bệnh viện C Thái Nguyên", "CĐCS Bệnh viện C Thái Nguyên", "GrassrootsUnion", "TN-YT", 420),
        ("TN-YT-03", "Công đoàn cơ sở Trung tâm Kiểm soát bệnh tật tỉnh Thái Nguyên", "CĐCS CDC Thái Nguyên", "GrassrootsUnion", "TN-YT", 85),
        ("TN-KCN-01", "Công đoàn cơ sở Công ty TNHH Samsung Electronics Việt Nam Thái Nguyên", "CĐCS Samsung Thái Nguyên", "GrassrootsUnion", "TN-KCN", 8600),
        ("TN-KCN-02", "Công đoàn cơ sở Công ty TNHH Hansol Electronics Việt Nam", "CĐCS Hansol Việt Nam", "GrassrootsUnion", "TN-KCN", 2100),
        ("TN-KCN-03", "Công đoàn cơ sở Công ty Cổ phần Tập đoàn Trường Xuân", "CĐCS Tập đoàn Trường Xuân", "GrassrootsUnion", "TN-KCN", 540),
    ];

    /// <summary>Sector unions of Bắc Kạn merged into Thái Nguyên's: source code → target code.</summary>
    public static readonly (string From, string To)[] SectorMergers = [("BK-GD", "TN-GD"), ("BK-YT", "TN-YT")];

    /// <summary>District or city federation code → the commune/ward unions it splits into (the first takes district-wide bodies).</summary>
    public static readonly Dictionary<string, Commune[]> Splits = new(StringComparer.Ordinal)
    {
        ["BK-TP"] =
        [
            new("phường Đức Xuân", ["Đức Xuân", "Nguyễn Thị Minh Khai", "Sông Cầu"]),
            new("phường Bắc Kạn", ["Phùng Chí Kiên", "Huyền Tụng", "Xuất Hóa", "Nông Thượng"]),
            new("xã Phong Quang", ["Dương Quang"]),
        ],
        ["BK-BB"] =
        [
            new("xã Chợ Rã", ["Chợ Rã", "Thượng Giáo", "Địa Linh", "Yến Dương"]),
            new("xã Ba Bể", ["Nam Mẫu", "Khang Ninh", "Cao Thượng", "Quảng Khê", "Hoàng Trĩ"]),
            new("xã Phúc Lộc", ["Phúc Lộc", "Hà Hiệu", "Bành Trạch", "Đồng Phúc", "Mỹ Phương", "Chu Hương"]),
        ],
        ["BK-BT"] =
        [
            new("xã Phủ Thông", ["Phủ Thông", "Vi Hương", "Tân Tú", "Lục Bình"]),
            new("xã Bạch Thông", ["Sĩ Bình", "Vũ Muộn", "Cao Sơn", "Đôn Phong", "Dương Phong", "Quang Thuận"]),
            new("xã Cẩm Giàng", ["Cẩm Giàng", "Quân Hà", "Nguyên Phúc", "Mỹ Thanh"]),
        ],
        ["BK-CD"] =
        [
            new("xã Chợ Đồn", ["Bằng Lũng", "Ngọc Phái", "Phương Viên", "Bằng Lãng", "Đồng Thắng"]),
            new("xã Nam Cường", ["Nam Cường", "Xuân Lạc", "Đồng Lạc", "Quảng Bạch", "Yên Thịnh", "Yên Thượng", "Bản Thi", "Tân Lập"]),
            new("xã Nghĩa Tá", ["Nghĩa Tá", "Lương Bằng", "Bình Trung", "Đại Sảo", "Yên Mỹ", "Bằng Phúc", "Yên Phong"]),
        ],
        ["BK-CM"] =
        [
            new("xã Chợ Mới", ["Đồng Tâm", "Như Cố", "Quảng Chu", "Bình Văn"]),
            new("xã Thanh Mai", ["Thanh Mai", "Thanh Vận", "Mai Lạp", "Cao Kỳ", "Hòa Mục"]),
            new("xã Thanh Thịnh", ["Thanh Thịnh", "Tân Sơn", "Nông Hạ", "Yên Cư", "Yên Hân"]),
        ],
        ["BK-NR"] =
        [
            new("xã Na Rì", ["Yến Lạc", "Kim Lư", "Sơn Thành", "Lương Thượng", "Kim Hỷ", "Lạng San"]),
            new("xã Văn Lang", ["Văn Lang", "Văn Minh", "Côn Minh", "Cư Lễ", "Hữu Thác", "Quang Phong", "Dương Sơn"]),
            new("xã Xuân Dương", ["Xuân Dương", "Đổng Xá", "Liêm Thủy", "Trần Phú"]),
        ],
        ["BK-NS"] =
        [
            new("xã Nà Phặc", ["Nà Phặc", "Trung Hòa", "Hiệp Lực", "Thuần Mang", "Cốc Đán"]),
            new("xã Ngân Sơn", ["Vân Tùng", "Bằng Vân", "Thượng Quan", "Thượng Ân", "Đức Vân", "Lãng Ngâm"]),
        ],
        ["BK-PN"] =
        [
            new("xã Bộc Bố", ["Bộc Bố", "Nhạn Môn", "Giáo Hiệu", "Cổ Linh", "Công Bằng", "Cao Tân"]),
            new("xã Bằng Thành", ["Bằng Thành", "Nghiên Loan", "Xuân La", "An Thắng"]),
        ],
    };
}
