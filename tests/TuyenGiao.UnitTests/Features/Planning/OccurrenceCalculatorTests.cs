using System.Globalization;
using TuyenGiao.Modules.Features.Planning.Contracts;
using TuyenGiao.Modules.Features.Planning.Domain;
using TuyenGiao.Modules.Features.Planning.Ics;
using TuyenGiao.Modules.Features.Planning.Occurrences;

namespace TuyenGiao.UnitTests.Features.Planning;

/// <summary>Where observances fall in a year, and their anniversary numbers.</summary>
public sealed class OccurrenceCalculatorTests
{
    private static Observance Solar(int month, int day, int? founded = null, bool monthLong = false) =>
        new() { Id = 1, Name = "Ngày thử", Calendar = ObservanceCalendar.Solar, Month = month, Day = day, FoundingYear = founded, IsMonthLong = monthLong, Category = ObservanceCategory.National };

    private static Observance Lunar(int month, int day, int? founded = null, bool monthLong = false) =>
        new() { Id = 2, Name = "Ngày âm lịch", Calendar = ObservanceCalendar.Lunar, Month = month, Day = day, FoundingYear = founded, IsMonthLong = monthLong, Category = ObservanceCategory.Traditional };

    [Theory]
    [InlineData(2029, 100, true, true)]
    [InlineData(2024, 95, true, false)]
    [InlineData(2026, 97, false, false)]
    public void Counts_the_anniversary_and_flags_round_and_major_years(int year, int anniversary, bool round, bool major)
    {
        var o = Assert.Single(OccurrenceCalculator.ForYear([Solar(7, 28, 1929)], year));

        Assert.Equal(new DateOnly(year, 7, 28), o.Date);
        Assert.Equal(anniversary, o.Anniversary);
        Assert.Equal(round, o.Round);
        Assert.Equal(major, o.Major);
        Assert.Equal(VietnameseLunarCalendar.ToLunar(o.Date).Day, o.Lunar!.Day);
    }

    [Fact]
    public void Has_no_occurrence_before_the_founding_year_and_no_number_in_it()
    {
        Assert.Empty(OccurrenceCalculator.ForYear([Solar(5, 1, 2017, monthLong: true)], 2016));

        var first = Assert.Single(OccurrenceCalculator.ForYear([Solar(5, 1, 2017, monthLong: true)], 2017));
        Assert.Null(first.Anniversary);
        Assert.False(first.Round);
        Assert.Equal(new DateOnly(2017, 5, 1), first.Date);
        Assert.Equal(new DateOnly(2017, 5, 31), first.EndDate);
    }

    [Fact]
    public void The_29th_of_February_falls_on_the_28th_in_a_common_year()
    {
        Assert.Equal(new DateOnly(2025, 2, 28), Assert.Single(OccurrenceCalculator.ForYear([Solar(2, 29)], 2025)).Date);
        Assert.Equal(new DateOnly(2024, 2, 29), Assert.Single(OccurrenceCalculator.ForYear([Solar(2, 29)], 2024)).Date);
    }

    [Fact]
    public void A_lunar_day_30_falls_back_to_the_last_day_of_a_29_day_month()
    {
        var shortMonth = Enumerable.Range(1, 10).First(m => VietnameseLunarCalendar.DaysInMonth(2024, m) == 29);

        var o = Assert.Single(OccurrenceCalculator.ForYear([Lunar(shortMonth, 30)], 2024));

        Assert.Equal(VietnameseLunarCalendar.ToSolar(29, shortMonth, 2024), o.Date);
        Assert.Equal(new TuyenGiao.Modules.Features.Planning.Lunar.LunarDateItem(29, shortMonth, 2024, false, "Giáp Thìn"), o.Lunar);
    }

    [Fact]
    public void Lunar_observances_follow_the_lunar_year_and_can_cross_into_the_next_solar_year()
    {
        var tet = Assert.Single(OccurrenceCalculator.ForYear([Lunar(1, 1)], 2025));
        Assert.Equal(new DateOnly(2025, 1, 29), tet.Date);
        Assert.Equal(2025, tet.CalendarYear);

        // 23 tháng Chạp of lunar 2024 (ông Công ông Táo) is in January 2025, so 2025 holds it.
        var kitchenGods = Assert.Single(OccurrenceCalculator.ForYear([Lunar(12, 23)], 2025));
        Assert.Equal(new DateOnly(2025, 1, 22), kitchenGods.Date);
        Assert.Equal(2024, kitchenGods.CalendarYear);
    }

    [Fact]
    public void A_lunar_anniversary_counts_lunar_years()
    {
        var o = Assert.Single(OccurrenceCalculator.ForYear([Lunar(12, 23, founded: 2014)], 2025));
        Assert.Equal(10, o.Anniversary);
        Assert.True(o.Major);
    }

    [Fact]
    public void Sorts_by_date_with_a_month_long_observance_before_the_days_of_its_first_day()
    {
        var month = Solar(5, 1, monthLong: true);
        month.Id = 3;
        month.Name = "Tháng";

        var items = OccurrenceCalculator.ForYear([Solar(5, 7), Solar(5, 1), month], 2026);

        Assert.Equal([new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 7)], items.Select(i => i.Date));
        Assert.True(items[0].MonthLong);
    }

    [Fact]
    public void Ics_summary_and_uid_name_the_anniversary_and_stay_stable_per_observance_and_year()
    {
        CultureInfo.CurrentUICulture = new CultureInfo("vi-VN");
        var o = Assert.Single(OccurrenceCalculator.ForYear([Solar(7, 28, 1929)], 2029));
        var lunar = Assert.Single(OccurrenceCalculator.ForYear([Lunar(12, 23)], 2025));

        Assert.Equal("Ngày thử (kỷ niệm 100 năm)", ObservanceIcsWriter.Summary(o));
        Assert.Equal("observance-1-2029@tuyengiao", ObservanceIcsWriter.Uid(o));
        Assert.Equal("observance-2-l2024@tuyengiao", ObservanceIcsWriter.Uid(lunar));
    }
}
