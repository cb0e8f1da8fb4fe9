using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.UnitTests.Shared.Api;

public sealed class DateQueryTests
{
    [Fact]
    public void Parses_iso_dates_and_treats_blank_as_none()
    {
        Assert.Equal(new DateOnly(2025, 7, 1), DateQuery.Parse("2025-07-01", "asOf"));
        Assert.Equal(new DateOnly(2025, 7, 1), DateQuery.Parse(" 2025-07-01 ", "asOf"));
        Assert.Null(DateQuery.Parse(null, "asOf"));
        Assert.Null(DateQuery.Parse("  ", "asOf"));
    }

    [Theory]
    [InlineData("01/07/2025")]
    [InlineData("2025-02-30")]
    [InlineData("2025-7-1")]
    [InlineData("hôm nay")]
    public void Refuses_other_forms_naming_the_field(string value)
    {
        var e = Assert.Throws<AppProblemException>(() => DateQuery.Parse(value, "asOf"));
        Assert.Equal(400, e.Status);
        Assert.Equal("asOf", Assert.Single(e.Errors).Field);
    }
}
