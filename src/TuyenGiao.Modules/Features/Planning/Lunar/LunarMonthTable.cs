namespace TuyenGiao.Modules.Features.Planning.Lunar;

/// <summary>
/// Every lunar month from month 11 of 1898 to month 10 of 2101, computed once at UTC+7 and kept
/// in arrays: a conversion is then a binary search (solar → lunar) or an index (lunar → solar).
/// The months are laid out per "sui" — from one month 11 (the month of the winter solstice) to
/// the next — exactly as Hồ Ngọc Đức's <c>convertSolar2Lunar</c> labels them: a sui of 13 months
/// holds a leap month, the first one without a major solar term; months 11 and 12 belong to the
/// lunar year before.
/// </summary>
internal sealed class LunarMonthTable
{
    /// <summary>The first and last lunar years held whole.</summary>
    public const int FirstYear = 1899;
    public const int LastYear = 2100;

    private static readonly Lazy<LunarMonthTable> Shared = new(() => new LunarMonthTable(LunarAstronomy.VietnamTimeZone));

    // Month i starts on starts[i] (a Julian day number) and ends the day before starts[i + 1].
    private readonly int[] starts;
    private readonly byte[] numbers;
    private readonly bool[] leaps;
    private readonly short[] years;

    // Per lunar year (index year - FirstYear): the index of its month 1 and its leap month (0 = none).
    private readonly int[] firstMonthOfYear;
    private readonly byte[] leapMonthOfYear;

    private LunarMonthTable(double timeZone)
    {
        var startList = new List<int>(2600);
        var numberList = new List<byte>(2600);
        var leapList = new List<bool>(2600);
        var yearList = new List<short>(2600);

        // Sui s runs from month 11 of solar year s - 1 to the day before month 11 of year s.
        var a11 = LunarAstronomy.LunarMonth11(FirstYear - 1, timeZone);
        for (var sui = FirstYear; sui <= LastYear + 1; sui++)
        {
            var b11 = LunarAstronomy.LunarMonth11(sui, timeZone);
            var k = LunarAstronomy.NewMoonIndex(a11);
            if (LunarAstronomy.NewMoonDay(k, timeZone) != a11)
            {
                throw new InvalidOperationException($"Lunar table: new moon {k} does not start month 11 of {sui - 1}.");
            }

            var monthStarts = new List<int>(13);
            for (var day = a11; day < b11; day = LunarAstronomy.NewMoonDay(k + monthStarts.Count, timeZone))
            {
                monthStarts.Add(day);
            }

            if (monthStarts.Count is not (12 or 13))
            {
                throw new InvalidOperationException($"Lunar table: sui {sui} has {monthStarts.Count} months.");
            }

            var leapAt = monthStarts.Count == 13 ? LunarAstronomy.LeapMonthOffset(a11, timeZone) : int.MaxValue;
            for (var i = 0; i < monthStarts.Count; i++)
            {
                var number = i < leapAt ? 11 + i : 10 + i;
                number = ((number - 1) % 12) + 1;
                startList.Add(monthStarts[i]);
                numberList.Add((byte)number);
                leapList.Add(i == leapAt);
                yearList.Add((short)(number >= 11 && i < 4 ? sui - 1 : sui));
            }

            a11 = b11;
        }

        startList.Add(a11); // the end of the last month
        starts = [.. startList];
        numbers = [.. numberList];
        leaps = [.. leapList];
        years = [.. yearList];

        firstMonthOfYear = new int[LastYear - FirstYear + 1];
        leapMonthOfYear = new byte[LastYear - FirstYear + 1];
        Array.Fill(firstMonthOfYear, -1);
        for (var i = 0; i < numbers.Length; i++)
        {
            var y = years[i] - FirstYear;
            if (y < 0 || y >= firstMonthOfYear.Length)
            {
                continue;
            }

            if (numbers[i] == 1 && !leaps[i])
            {
                firstMonthOfYear[y] = i;
            }

            if (leaps[i])
            {
                leapMonthOfYear[y] = numbers[i];
            }
        }

        if (Array.IndexOf(firstMonthOfYear, -1) >= 0)
        {
            throw new InvalidOperationException("Lunar table: a lunar year has no month 1.");
        }
    }

    public static LunarMonthTable Instance => Shared.Value;

    /// <summary>The first and last solar days the table covers.</summary>
    public DateOnly FirstDay => LunarAstronomy.FromJulianDay(starts[0]);

    public DateOnly LastDay => LunarAstronomy.FromJulianDay(starts[^1] - 1);

    /// <summary>The lunar date of a solar day inside <see cref="FirstDay"/>..<see cref="LastDay"/>.</summary>
    public (int Day, int Month, int Year, bool Leap) ToLunar(DateOnly date)
    {
        var jd = LunarAstronomy.JulianDay(date);
        var i = Array.BinarySearch(starts, jd);
        if (i < 0)
        {
            i = ~i - 1; // the month that started before this day
        }

        if (i < 0 || i >= numbers.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "Outside the lunar table.");
        }

        return (jd - starts[i] + 1, numbers[i], years[i], leaps[i]);
    }

    /// <summary>The leap month of a lunar year (1–12), or 0 when the year has none.</summary>
    public int LeapMonth(int year) => leapMonthOfYear[year - FirstYear];

    /// <summary>
    /// The index of the month (<paramref name="month"/>, <paramref name="leap"/>) of a lunar year
    /// held whole, or -1 when the year has no such month (a leap month it lacks).
    /// </summary>
    public int MonthIndex(int year, int month, bool leap)
    {
        var leapMonth = LeapMonth(year);
        if (leap && leapMonth != month)
        {
            return -1;
        }

        var afterLeap = leapMonth != 0 && (month > leapMonth || (month == leapMonth && leap));
        return firstMonthOfYear[year - FirstYear] + month - 1 + (afterLeap ? 1 : 0);
    }

    public int LengthOf(int index) => starts[index + 1] - starts[index];

    public DateOnly StartOf(int index) => LunarAstronomy.FromJulianDay(starts[index]);
}
