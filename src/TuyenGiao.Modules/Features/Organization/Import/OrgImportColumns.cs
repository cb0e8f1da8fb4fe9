using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Organization.Import;

/// <summary>
/// The columns of the unit import sheet. The Vietnamese headers are the file format itself (the
/// template writes them, the reader looks for them, users' own sheets copy them), not interface
/// text that follows the UI language, so they live here rather than in a resource file. Headers
/// are matched folded (tones, đ and case ignored), so "Ma don vi" is read as "Mã đơn vị".
/// </summary>
internal static class OrgImportColumns
{
    public const string UnitsSheet = "Đơn vị";
    public const string KindsSheet = "Loại đơn vị";
    public const string GuideSheet = "Hướng dẫn";

    public const string Code = "Mã đơn vị";
    public const string Name = "Tên đơn vị";
    public const string ShortName = "Tên viết tắt";
    public const string Kind = "Loại đơn vị";
    public const string ParentCode = "Mã đơn vị cấp trên";
    public const string MemberCount = "Số đoàn viên";
    public const string Phone = "Điện thoại";
    public const string Email = "Email";
    public const string Address = "Địa chỉ";
    public const string EffectiveDate = "Ngày hiệu lực";

    public const string KindCode = "Mã loại";
    public const string KindName = "Tên loại";
    public const string KindLevel = "Cấp";

    /// <summary>Every column in template order, with whether the column must be present.</summary>
    public static readonly (string Header, bool Required)[] All =
    [
        (Code, true),
        (Name, true),
        (ShortName, false),
        (Kind, true),
        (ParentCode, true),
        (MemberCount, false),
        (Phone, false),
        (Email, false),
        (Address, false),
        (EffectiveDate, false),
    ];

    private static readonly Dictionary<string, string> ByFolded =
        All.ToDictionary(c => VietnameseText.Fold(c.Header), c => c.Header, StringComparer.Ordinal);

    /// <summary>The column a header cell names, or null for a column the import does not read.</summary>
    public static string? Match(string? headerCell)
    {
        var folded = VietnameseText.Fold(headerCell).TrimEnd('*', ' ', ':');
        return ByFolded.GetValueOrDefault(folded);
    }
}
