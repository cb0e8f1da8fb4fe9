using System.Diagnostics;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using TuyenGiao.Modules.Features.Planning.Contracts;

namespace TuyenGiao.UnitTests.Features.Planning;

/// <summary>The Vietnamese lunar calendar against published Vietnamese dates, China's calendar where they differ, and every day of 1900–2100.</summary>
public sealed class VietnameseLunarCalendarTests
{
    [Theory]
    [InlineData(1968, "1968-01-29")] // China: 1968-01-30
    [InlineData(1985, "1985-01-21")] // China: 1985-02-20
    [InlineData(2007, "2007-02-17")] // China: 2007-02-18
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    public void Tet_falls_on_the_published_Vietnamese_date(int year, string expected)
    {
        var tet = DateOnly.Parse(expected, CultureInfo.InvariantCulture);

        Assert.Equal(tet, VietnameseLunarCalendar.NewYear(year));
        Assert.Equal(new LunarDate(1, 1, year, false), VietnameseLunarCalendar.ToLunar(tet));
        var eve = VietnameseLunarCalendar.ToLunar(tet.AddDays(-1));
        Assert.True(eve is { Month: 12, Day: 29 or 30 } && eve.Year == year - 1, $"The eve of Tết {year} is {eve}");
    }

    [Theory]
    [InlineData(1968, "1968-01-29", "1968-01-30")]
    [InlineData(1985, "1985-01-21", "1985-02-20")]
    [InlineData(2007, "2007-02-17", "2007-02-18")]
    public void Differs_from_Chinas_calendar_in_the_years_UTC_plus_7_and_UTC_plus_8_disagree(int year, string vietnam, string china)
    {
        var chinese = new ChineseLunisolarCalendar();
        var chineseNewYear = DateOnly.FromDateTime(chinese.ToDateTime(year, 1, 1, 0, 0, 0, 0));

        Assert.Equal(DateOnly.Parse(china, CultureInfo.InvariantCulture), chineseNewYear);
        Assert.Equal(DateOnly.Parse(vietnam, CultureInfo.InvariantCulture), VietnameseLunarCalendar.NewYear(year));
    }

    [Theory]
    [InlineData(2012, 4)]
    [InlineData(2014, 9)]
    [InlineData(2017, 6)]
    [InlineData(2020, 4)]
    [InlineData(2023, 2)]
    [InlineData(2025, 6)]
    public void Leap_month_is_the_published_one(int year, int leapMonth)
    {
        Assert.Equal(leapMonth, VietnameseLunarCalendar.LeapMonth(year));

        var leapStart = VietnameseLunarCalendar.ToSolar(1, leapMonth, year, leapMonth: true);
        var regularStart = VietnameseLunarCalendar.ToSolar(1, leapMonth, year);
        Assert.Equal(regularStart.AddDays(VietnameseLunarCalendar.DaysInMonth(year, leapMonth)), leapStart);
        Assert.Equal(new LunarDate(1, leapMonth, year, true), VietnameseLunarCalendar.ToLunar(leapStart));
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2022)]
    [InlineData(2024)]
    [InlineData(2026)]
    public void Years_of_twelve_months_have_no_leap_month(int year)
    {
        Assert.Null(VietnameseLunarCalendar.LeapMonth(year));
        Assert.Equal(LunarDateError.NoSuchLeapMonth, VietnameseLunarCalendar.Validate(1, 5, year, leapMonth: true));
    }

    [Theory]
    [InlineData(10, 3, 2023, "2023-04-29")] // Giỗ Tổ Hùng Vương
    [InlineData(10, 3, 2024, "2024-04-18")]
    [InlineData(10, 3, 2025, "2025-04-07")]
    [InlineData(15, 8, 2024, "2024-09-17")] // Tết Trung thu
    [InlineData(23, 12, 2024, "2025-01-22")] // ông Công ông Táo, in the next solar year
    public void Converts_published_lunar_dates(int day, int month, int year, string solar)
    {
        var date = DateOnly.Parse(solar, CultureInfo.InvariantCulture);

        Assert.Equal(date, VietnameseLunarCalendar.ToSolar(day, month, year));
        Assert.Equal(new LunarDate(day, month, year, false), VietnameseLunarCalendar.ToLunar(date));
    }

    [Fact]
    public void Day_30_of_a_29_day_month_does_not_exist()
    {
        var shortMonth = Enumerable.Range(1, 12).First(m => VietnameseLunarCalendar.DaysInMonth(2024, m) == 29);

        Assert.Equal(LunarDateError.DayOutOfRange, VietnameseLunarCalendar.Validate(30, shortMonth, 2024));
        Assert.False(VietnameseLunarCalendar.TryToSolar(30, shortMonth, 2024, false, out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(30, shortMonth, 2024));
        Assert.Null(VietnameseLunarCalendar.Validate(29, shortMonth, 2024));
    }

    [Theory]
    [InlineData(0, 1, 2024, LunarDateError.DayOutOfRange)]
    [InlineData(31, 1, 2024, LunarDateError.DayOutOfRange)]
    [InlineData(1, 13, 2024, LunarDateError.MonthOutOfRange)]
    [InlineData(1, 0, 2024, LunarDateError.MonthOutOfRange)]
    [InlineData(1, 1, 1898, LunarDateError.YearOutOfRange)]
    [InlineData(1, 1, 2101, LunarDateError.YearOutOfRange)]
    public void Rejects_lunar_dates_that_do_not_exist(int day, int month, int year, LunarDateError error) =>
        Assert.Equal(error, VietnameseLunarCalendar.Validate(day, month, year));

    [Fact]
    public void Rejects_solar_days_outside_1900_to_2100()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToLunar(new DateOnly(1899, 12, 31)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToLunar(new DateOnly(2101, 1, 1)));
    }

    [Theory]
    [InlineData(1930, "Canh Ngọ")]
    [InlineData(1945, "Ất Dậu")]
    [InlineData(1968, "Mậu Thân")]
    [InlineData(1975, "Ất Mão")]
    [InlineData(2024, "Giáp Thìn")]
    [InlineData(2025, "Ất Tỵ")]
    [InlineData(2026, "Bính Ngọ")]
    public void Names_the_year_by_can_chi(int year, string name) =>
        Assert.Equal(name, VietnameseLunarCalendar.YearName(year));

    [Fact]
    public void Every_day_of_1900_to_2100_round_trips_and_agrees_with_the_reference_algorithm()
    {
        var watch = Stopwatch.StartNew();
        var previous = VietnameseLunarCalendar.ToLunar(VietnameseLunarCalendar.MinDate);
        Assert.Equal(1899, previous.Year);
        var days = 0;
        for (var date = VietnameseLunarCalendar.MinDate; date <= VietnameseLunarCalendar.MaxDate; date = date.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.ToLunar(date);
            Assert.Equal(date, VietnameseLunarCalendar.ToSolar(lunar));

            // The lunar day moves on by one, or a new month starts after day 29 or 30.
            if (days > 0)
            {
                if (lunar.Day == 1)
                {
                    Assert.True(previous.Day is 29 or 30, $"{date}: month ended on day {previous.Day}");
                    Assert.True(
                        (lunar.IsLeapMonth && lunar.Month == previous.Month && lunar.Year == previous.Year)
                        || (!lunar.IsLeapMonth && lunar.Month == (previous.Month % 12) + 1 && lunar.Year == previous.Year + (lunar.Month == 1 ? 1 : 0)),
                        $"{date}: {previous} is followed by {lunar}");
                }
                else
                {
                    Assert.Equal(previous with { Day = previous.Day + 1 }, lunar);
                }
            }

            days++;
            previous = lunar;
        }

        var table = watch.Elapsed;
        Assert.Equal(73414, days);
        Assert.True(table < TimeSpan.FromSeconds(3), $"Round trip of every day took {table}.");

        for (var date = VietnameseLunarCalendar.MinDate; date <= VietnameseLunarCalendar.MaxDate; date = date.AddDays(1))
        {
            var (d, m, y, leap) = HoNgocDucReference.ConvertSolar2Lunar(date.Day, date.Month, date.Year, 7.0);
            Assert.Equal(new LunarDate(d, m, y, leap), VietnameseLunarCalendar.ToLunar(date));
        }
    }

    [Property(MaxTest = 2000)]
    public Property Existing_lunar_dates_round_trip_through_the_solar_calendar() =>
        Prop.ForAll(
            Gen.Choose(VietnameseLunarCalendar.MinYear, VietnameseLunarCalendar.MaxYear)
                .SelectMany(y => Gen.Choose(1, 12).SelectMany(m => Gen.Choose(1, 30).SelectMany(d => Gen.Elements(false, true).Select(l => new LunarDate(d, m, y, l)))))
                .ToArbitrary(),
            lunar =>
            {
                var exists = VietnameseLunarCalendar.TryToSolar(lunar.Day, lunar.Month, lunar.Year, lunar.IsLeapMonth, out var solar);
                var wellFormed = lunar.Day <= 29 && (!lunar.IsLeapMonth || VietnameseLunarCalendar.LeapMonth(lunar.Year) == lunar.Month);
                return (exists || !wellFormed)
                    && (!exists || !VietnameseLunarCalendar.IsSupported(solar) || VietnameseLunarCalendar.ToLunar(solar) == lunar);
            });
}
