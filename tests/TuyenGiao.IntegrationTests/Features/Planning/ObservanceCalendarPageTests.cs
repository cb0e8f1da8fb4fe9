using System.Net;
using TuyenGiao.IntegrationTests.Infrastructure;

namespace TuyenGiao.IntegrationTests.Features.Planning;

/// <summary>The public observance calendar page, static server-rendered.</summary>
public abstract class ObservanceCalendarPageTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private const string TradeUnionDay = "Ngày thành lập Công đoàn Việt Nam";

    [Fact]
    public async Task Public_page_lists_the_year_by_month_with_lunar_dates_and_round_anniversaries()
    {
        var response = await app.Anonymous().GetAsync("/lich-ngay-le?nam=2029");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Lịch ngày lễ, kỷ niệm năm 2029", html, StringComparison.Ordinal);
        Assert.Contains(TradeUnionDay, html, StringComparison.Ordinal);
        Assert.Contains("Kỷ niệm 100 năm", html, StringComparison.Ordinal);
        Assert.Contains("class=\"major\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/lich/ngay-le.ics\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"thang-7\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Back_office_page_lists_the_observances_for_a_signed_in_administrator()
    {
        var admin = await app.AdminAsync();
        var response = await admin.GetAsync("/quan-tri/lich-ngay-le");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Lịch ngày lễ, kỷ niệm", html, StringComparison.Ordinal);
        Assert.Contains(TradeUnionDay, html, StringComparison.Ordinal);
        Assert.Contains("Thêm ngày lễ", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/quan-tri/lich-ngay-le\"", html, StringComparison.Ordinal);

        var anonymous = await app.Anonymous().GetAsync("/quan-tri/lich-ngay-le");
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
    }
}

public sealed class ObservanceCalendarPageTests_Sqlite(SqliteAppFixture app) : ObservanceCalendarPageTests<SqliteAppFixture>(app);

public sealed class ObservanceCalendarPageTests_Postgres(PostgresAppFixture app) : ObservanceCalendarPageTests<PostgresAppFixture>(app);
