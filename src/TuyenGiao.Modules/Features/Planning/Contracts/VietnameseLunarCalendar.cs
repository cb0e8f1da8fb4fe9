using TuyenGiao.Modules.Features.Planning.Lunar;

namespace TuyenGiao.Modules.Features.Planning.Contracts;

/// <summary>
/// The Vietnamese lunar calendar, computed at UTC+7 from astronomical new moons and solar terms
/// (Hồ Ngọc Đức's algorithm). Not .NET's <c>ChineseLunisolarCalendar</c>: that one counts days at
/// UTC+8 and differs in some years (Tết 1985: 21/01 in Vietnam, 20/02 in China).
/// Covers every solar day of 1900–2100 and every lunar year 1899–2100 (lunar year 1899 ends in
/// January 1900; lunar year 2100 ends in early 2101). All months are computed once, on first use.
/// </summary>
public static class VietnameseLunarCalendar
{
    /// <summary>The solar years every day of which converts.</summary>
    public const int MinYear = 1900;
    public const int MaxYear = 2100;

    /// <summary>The lunar years that convert back, whole.</summary>
    public const int MinLunarYear = LunarMonthTable.FirstYear;
    public const int MaxLunarYear = LunarMonthTable.LastYear;

    public static readonly DateOnly MinDate = new(MinYear, 1, 1);
    public static readonly DateOnly MaxDate = new(MaxYear, 12, 31);

    private static readonly string[] Stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];
    private static readonly string[] Branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];

    /// <summary>True when <paramref name="date"/> lies in 1900–2100.</summary>
    public static bool IsSupported(DateOnly date) => date >= MinDate && date <= MaxDate;

    /// <summary>The lunar date of a solar day of 1900–2100.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The day lies outside 1900–2100.</exception>
    public static LunarDate ToLunar(DateOnly date)
    {
        if (!IsSupported(date))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"The Vietnamese lunar calendar is computed for {MinYear}–{MaxYear}.");
        }

        var (day, month, year, leap) = LunarMonthTable.Instance.ToLunar(date);
        return new LunarDate(day, month, year, leap);
    }

    /// <summary>Why the lunar date does not exist, or null when it does.</summary>
    public static LunarDateError? Validate(int day, int month, int year, bool leapMonth = false)
    {
        if (year is < MinLunarYear or > MaxLunarYear)
        {
            return LunarDateError.YearOutOfRange;
        }

        if (month is < 1 or > 12)
        {
            return LunarDateError.MonthOutOfRange;
        }

        var table = LunarMonthTable.Instance;
        var index = table.MonthIndex(year, month, leapMonth);
        if (index < 0)
        {
            return LunarDateError.NoSuchLeapMonth;
        }

        return day < 1 || day > table.LengthOf(index) ? LunarDateError.DayOutOfRange : null;
    }

    /// <summary>The solar date of a lunar date, or false when that lunar date does not exist.</summary>
    public static bool TryToSolar(int day, int month, int year, bool leapMonth, out DateOnly date)
    {
        if (Validate(day, month, year, leapMonth) is not null)
        {
            date = default;
            return false;
        }

        var table = LunarMonthTable.Instance;
        date = table.StartOf(table.MonthIndex(year, month, leapMonth)).AddDays(day - 1);
        return true;
    }

    /// <summary>The solar date of a lunar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The lunar date does not exist (day 30 of a 29-day month, a leap month the year lacks, …); the message says which part.</exception>
    public static DateOnly ToSolar(int day, int month, int year, bool leapMonth = false)
    {
        if (Validate(day, month, year, leapMonth) is { } error)
        {
            throw new ArgumentOutOfRangeException(
                error switch
                {
                    LunarDateError.YearOutOfRange => nameof(year),
                    LunarDateError.MonthOutOfRange or LunarDateError.NoSuchLeapMonth => nameof(month),
                    _ => nameof(day),
                },
                $"The lunar date {day}/{month}{(leapMonth ? " (leap)" : "")}/{year} does not exist: {error}.");
        }

        TryToSolar(day, month, year, leapMonth, out var date);
        return date;
    }

    /// <inheritdoc cref="ToSolar(int, int, int, bool)"/>
    public static DateOnly ToSolar(LunarDate date) => ToSolar(date.Day, date.Month, date.Year, date.IsLeapMonth);

    /// <summary>The leap month (1–12) of a lunar year, or null when the year has twelve months.</summary>
    public static int? LeapMonth(int year)
    {
        EnsureLunarYear(year);
        return LunarMonthTable.Instance.LeapMonth(year) is var m and > 0 ? m : null;
    }

    /// <summary>29 or 30: the length of a month of a lunar year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year lacks that month.</exception>
    public static int DaysInMonth(int year, int month, bool leapMonth = false)
    {
        if (Validate(1, month, year, leapMonth) is { } error)
        {
            throw new ArgumentOutOfRangeException(nameof(month), $"The lunar month {month}{(leapMonth ? " (leap)" : "")}/{year} does not exist: {error}.");
        }

        var table = LunarMonthTable.Instance;
        return table.LengthOf(table.MonthIndex(year, month, leapMonth));
    }

    /// <summary>Tết Nguyên đán: the solar date of 1/1 of a lunar year.</summary>
    public static DateOnly NewYear(int year) => ToSolar(1, 1, year);

    /// <summary>
    /// The sexagenary (can chi) name of a lunar year, e.g. "Giáp Thìn" for 2024. The stems and
    /// branches are proper names, written the same in Vietnamese and English.
    /// </summary>
    public static string YearName(int year) =>
        Stems[(((year + 6) % 10) + 10) % 10] + " " + Branches[(((year + 8) % 12) + 12) % 12];

    private static void EnsureLunarYear(int year)
    {
        if (year is < MinLunarYear or > MaxLunarYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Lunar years {MinLunarYear}–{MaxLunarYear} are computed.");
        }
    }
}
