using System.Globalization;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.UnitTests.Shared.Api;

public sealed class MessagesTests
{
    private static string In(string culture, Func<string> get)
    {
        var before = CultureInfo.CurrentUICulture;
        var beforeFormat = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
            return get();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
            CultureInfo.CurrentCulture = beforeFormat;
        }
    }

    [Fact]
    public void Vietnamese_is_the_default_and_English_the_second_language()
    {
        Assert.Equal("Không tìm thấy", In("vi-VN", () => Messages.Get("NotFound")));
        Assert.Equal("Not found", In("en-US", () => Messages.Get("NotFound")));
        Assert.Equal("Không tìm thấy", In("fr-FR", () => Messages.Get("NotFound")));
    }

    [Fact]
    public void Module_messages_are_found_and_formatted()
    {
        Assert.Equal("Trường \"name\" là bắt buộc.", In("vi-VN", () => Messages.Get("Required", "name")));
        Assert.Equal("Đơn vị #7 không tồn tại hoặc đã chấm dứt hoạt động.", In("vi-VN", () => Messages.Get("OrgUnitNotActive", 7)));
        Assert.Equal("Tài khoản tạm thời bị khoá", In("vi-VN", () => Messages.Get("IdLockedOut")));
    }

    [Fact]
    public void An_unknown_key_answers_the_key_itself() => Assert.Equal("NoSuchKey", Messages.Get("NoSuchKey"));
}
