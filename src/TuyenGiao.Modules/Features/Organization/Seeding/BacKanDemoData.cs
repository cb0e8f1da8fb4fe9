namespace TuyenGiao.Modules.Features.Organization.Seeding;

/// <summary>
/// The Bắc Kạn provincial federation as the 2023 article describes it: ten direct upper-level
/// unions (the city and seven district federations, the education and health sector unions)
/// and 640 grassroots unions under them, named after the province's real communes.
/// </summary>
internal static class BacKanDemoData
{
    public const string FederationName = "Liên đoàn Lao động tỉnh Bắc Kạn";
    public const int GrassrootsCount = 640;

    public sealed record District(string Code, string Name, string ShortName, bool IsCity, string[] Communes);

    public static readonly District[] Districts =
    [
        new("BK-TP", "Liên đoàn Lao động thành phố Bắc Kạn", "LĐLĐ TP Bắc Kạn", true,
            ["phường Đức Xuân", "phường Nguyễn Thị Minh Khai", "phường Sông Cầu", "phường Phùng Chí Kiên", "phường Xuất Hóa", "phường Huyền Tụng", "xã Dương Quang", "xã Nông Thượng"]),
        new("BK-BB", "Liên đoàn Lao động huyện Ba Bể", "LĐLĐ huyện Ba Bể", false,
            ["thị trấn Chợ Rã", "xã Thượng Giáo", "xã Địa Linh", "xã Yến Dương", "xã Hà Hiệu", "xã Phúc Lộc", "xã Bành Trạch", "xã Cao Thượng", "xã Khang Ninh", "xã Nam Mẫu", "xã Quảng Khê", "xã Hoàng Trĩ", "xã Đồng Phúc", "xã Mỹ Phương", "xã Chu Hương"]),
        new("BK-BT", "Liên đoàn Lao động huyện Bạch Thông", "LĐLĐ huyện Bạch Thông", false,
            ["thị trấn Phủ Thông", "xã Vi Hương", "xã Sĩ Bình", "xã Vũ Muộn", "xã Đôn Phong", "xã Lục Bình", "xã Tân Tú", "xã Nguyên Phúc", "xã Cao Sơn", "xã Quân Hà", "xã Cẩm Giàng", "xã Mỹ Thanh", "xã Dương Phong", "xã Quang Thuận"]),
        new("BK-CD", "Liên đoàn Lao động huyện Chợ Đồn", "LĐLĐ huyện Chợ Đồn", false,
            ["thị trấn Bằng Lũng", "xã Xuân Lạc", "xã Nam Cường", "xã Đồng Lạc", "xã Tân Lập", "xã Bản Thi", "xã Quảng Bạch", "xã Bằng Phúc", "xã Yên Thịnh", "xã Yên Thượng", "xã Phương Viên", "xã Ngọc Phái", "xã Đồng Thắng", "xã Lương Bằng", "xã Bằng Lãng", "xã Đại Sảo", "xã Nghĩa Tá", "xã Yên Mỹ", "xã Bình Trung", "xã Yên Phong"]),
        new("BK-CM", "Liên đoàn Lao động huyện Chợ Mới", "LĐLĐ huyện Chợ Mới", false,
            ["thị trấn Đồng Tâm", "xã Tân Sơn", "xã Thanh Vận", "xã Mai Lạp", "xã Hòa Mục", "xã Thanh Mai", "xã Cao Kỳ", "xã Nông Hạ", "xã Yên Cư", "xã Thanh Thịnh", "xã Như Cố", "xã Bình Văn", "xã Quảng Chu", "xã Yên Hân"]),
        new("BK-NR", "Liên đoàn Lao động huyện Na Rì", "LĐLĐ huyện Na Rì", false,
            ["thị trấn Yến Lạc", "xã Kim Hỷ", "xã Lương Thượng", "xã Văn Lang", "xã Sơn Thành", "xã Kim Lư", "xã Văn Minh", "xã Côn Minh", "xã Cư Lễ", "xã Hữu Thác", "xã Lạng San", "xã Quang Phong", "xã Dương Sơn", "xã Xuân Dương", "xã Đổng Xá", "xã Liêm Thủy", "xã Trần Phú"]),
        new("BK-NS", "Liên đoàn Lao động huyện Ngân Sơn", "LĐLĐ huyện Ngân Sơn", false,
            ["thị trấn Nà Phặc", "xã Vân Tùng", "xã Bằng Vân", "xã Thượng Quan", "xã Cốc Đán", "xã Thượng Ân", "xã Đức Vân", "xã Trung Hòa", "xã Hiệp Lực", "xã Thuần Mang", "xã Lãng Ngâm"]),
        new("BK-PN", "Liên đoàn Lao động huyện Pác Nặm", "LĐLĐ huyện Pác Nặm", false,
            ["xã Bộc Bố", "xã Nhạn Môn", "xã Giáo Hiệu", "xã Bằng Thành", "xã Nghiên Loan", "xã Xuân La", "xã An Thắng", "xã Cao Tân", "xã Công Bằng", "xã Cổ Linh"]),
    ];

    public static readonly string[] DistrictAgencies =
    [
        "Khối cơ quan Huyện ủy", "Khối cơ quan UBND", "Phòng Giáo dục và Đào tạo", "Trung tâm Dịch vụ nông nghiệp", "Kho bạc Nhà nước", "Chi cục Thuế",
        "Bảo hiểm xã hội", "Trung tâm Văn hóa - Thể thao và Truyền thông", "Ban Quản lý dự án đầu tư xây dựng", "Điện lực",
    ];

    public static readonly string[] EnterpriseStems =
    [
        "Công ty TNHH MTV Lâm nghiệp", "Công ty Cổ phần Khoáng sản", "Hợp tác xã Nông nghiệp", "Công ty TNHH Xây dựng", "Công ty Cổ phần Chế biến Nông lâm sản",
        "Công ty TNHH Thương mại và Dịch vụ", "Quỹ Tín dụng nhân dân", "Công ty Cổ phần Cấp thoát nước", "Hợp tác xã Dịch vụ Du lịch", "Công ty TNHH Sản xuất Miến dong",
    ];

    public static readonly string[] EducationUnits =
    [
        "Sở Giáo dục và Đào tạo", "Trường THPT Chuyên Bắc Kạn", "Trường THPT Bắc Kạn", "Trường THPT Phủ Thông", "Trường THPT Ba Bể", "Trường THPT Quảng Khê",
        "Trường THPT Chợ Đồn", "Trường THPT Bình Trung", "Trường THPT Chợ Mới", "Trường THPT Yên Hân", "Trường THPT Na Rì", "Trường THPT Ngân Sơn",
        "Trường THPT Nà Phặc", "Trường THPT Bộc Bố", "Trường PT Dân tộc nội trú tỉnh", "Trường PT DTNT THCS huyện Ba Bể", "Trường PT DTNT THCS huyện Chợ Đồn",
        "Trường PT DTNT THCS huyện Na Rì", "Trường PT DTNT THCS huyện Pác Nặm", "Trường PT DTNT THCS huyện Ngân Sơn", "Trường Cao đẳng Bắc Kạn",
        "Trung tâm GDNN-GDTX huyện Ba Bể", "Trung tâm GDNN-GDTX huyện Bạch Thông", "Trung tâm GDNN-GDTX huyện Chợ Đồn", "Trung tâm GDNN-GDTX huyện Chợ Mới",
        "Trung tâm GDNN-GDTX huyện Na Rì", "Trung tâm GDNN-GDTX huyện Ngân Sơn", "Trung tâm GDNN-GDTX huyện Pác Nặm", "Trung tâm GDTX tỉnh",
        "Trường THCS và THPT Nà Phặc", "Trường THCS và THPT Bằng Thành", "Trường THPT Nà Rì", "Trường Mầm non Hoa Sen", "Trường Mầm non Thực hành Bắc Kạn",
    ];

    public static readonly string[] HealthUnits =
    [
        "Sở Y tế", "Bệnh viện Đa khoa tỉnh Bắc Kạn", "Bệnh viện Y dược cổ truyền", "Trung tâm Kiểm soát bệnh tật tỉnh", "Trung tâm Giám định y khoa",
        "Trung tâm Pháp y", "Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm", "Chi cục An toàn vệ sinh thực phẩm", "Chi cục Dân số - Kế hoạch hóa gia đình",
        "Trung tâm Y tế thành phố Bắc Kạn", "Trung tâm Y tế huyện Ba Bể", "Trung tâm Y tế huyện Bạch Thông", "Trung tâm Y tế huyện Chợ Đồn",
        "Trung tâm Y tế huyện Chợ Mới", "Trung tâm Y tế huyện Na Rì", "Trung tâm Y tế huyện Ngân Sơn", "Trung tâm Y tế huyện Pác Nặm",
        "Bệnh viện Phục hồi chức năng", "Trung tâm Cấp cứu 115",
    ];
}
