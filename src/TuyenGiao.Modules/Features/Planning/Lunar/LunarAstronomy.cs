namespace TuyenGiao.Modules.Features.Planning.Lunar;

/// <summary>
/// The astronomy behind the Vietnamese lunar calendar, after Hồ Ngọc Đức's well-known algorithm
/// ("Âm lịch Việt Nam"): Julian day numbers, the time of the k-th new moon by Meeus' series,
/// the sun's apparent longitude, the lunar month 11 that holds the winter solstice, and the leap
/// month (the first month of a 13-month year without a major solar term). Days are counted at a
/// given time zone: UTC+7 for Vietnam. <c>Floor</c> stands for the original's <c>INT</c>.
/// </summary>
internal static class LunarAstronomy
{
    /// <summary>Vietnam's time zone, in hours east of UTC.</summary>
    public const double VietnamTimeZone = 7.0;

    /// <summary>The Julian day number of 0001-01-01 (proleptic Gregorian), the origin of <see cref="DateOnly.DayNumber"/>.</summary>
    private const int JulianDayOfDayNumberZero = 1721426;

    /// <summary>Julian day number of the new moon of 1900-01-01 (k = 0) and the mean synodic month.</summary>
    private const double Epoch = 2415021.076998695;
    private const double SynodicMonth = 29.530588853;

    private const double Dr = Math.PI / 180;

    public static int JulianDay(DateOnly date) => date.DayNumber + JulianDayOfDayNumberZero;

    public static DateOnly FromJulianDay(int jd) => DateOnly.FromDayNumber(jd - JulianDayOfDayNumberZero);

    /// <summary>The moment (Julian day, UTC) of the k-th new moon after 1900-01-01, by Meeus' series.</summary>
    public static double NewMoon(int k)
    {
        var t = k / 1236.85; // Julian centuries since 1900-01-01 12:00
        var t2 = t * t;
        var t3 = t2 * t;
        var jd1 = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3);
        jd1 += 0.00033 * Math.Sin((166.56 + (132.87 * t) - (0.009173 * t2)) * Dr); // mean new moon
        var m = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3); // sun's mean anomaly
        var mpr = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3); // moon's mean anomaly
        var f = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3); // moon's argument of latitude
        var c1 = ((0.1734 - (0.000393 * t)) * Math.Sin(m * Dr)) + (0.0021 * Math.Sin(2 * Dr * m));
        c1 = c1 - (0.4068 * Math.Sin(mpr * Dr)) + (0.0161 * Math.Sin(Dr * 2 * mpr));
        c1 -= 0.0004 * Math.Sin(Dr * 3 * mpr);
        c1 = c1 + (0.0104 * Math.Sin(Dr * 2 * f)) - (0.0051 * Math.Sin(Dr * (m + mpr)));
        c1 = c1 - (0.0074 * Math.Sin(Dr * (m - mpr))) + (0.0004 * Math.Sin(Dr * ((2 * f) + m)));
        c1 = c1 - (0.0004 * Math.Sin(Dr * ((2 * f) - m))) - (0.0006 * Math.Sin(Dr * ((2 * f) + mpr)));
        c1 = c1 + (0.0010 * Math.Sin(Dr * ((2 * f) - mpr))) + (0.0005 * Math.Sin(Dr * ((2 * mpr) + m)));
        var deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return jd1 + c1 - deltaT;
    }

    /// <summary>The sun's apparent longitude in radians, in [0, 2π), at the moment <paramref name="jdn"/> (UTC).</summary>
    public static double SunLongitude(double jdn)
    {
        var t = (jdn - 2451545.0) / 36525; // Julian centuries since 2000-01-01 12:00
        var t2 = t * t;
        var m = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2); // mean anomaly
        var l0 = 280.46645 + (36000.76983 * t) + (0.0003032 * t2); // mean longitude
        var dl = (1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(Dr * m);
        dl = dl + ((0.019993 - (0.000101 * t)) * Math.Sin(Dr * 2 * m)) + (0.000290 * Math.Sin(Dr * 3 * m));
        var l = (l0 + dl) * Dr;
        return l - (Math.PI * 2 * Math.Floor(l / (Math.PI * 2)));
    }

    /// <summary>The local day (Julian day number) on which the k-th new moon falls.</summary>
    public static int NewMoonDay(int k, double timeZone) => (int)Math.Floor(NewMoon(k) + 0.5 + (timeZone / 24));

    /// <summary>Which of the 12 major solar terms (0–11, by 30° of longitude) the sun is in at the start of the local day.</summary>
    public static int SunSector(int dayNumber, double timeZone) =>
        (int)Math.Floor(SunLongitude(dayNumber - 0.5 - (timeZone / 24)) / Math.PI * 6);

    /// <summary>The first day (Julian day number) of the lunar month 11 of solar year <paramref name="year"/>: the month that holds the winter solstice.</summary>
    public static int LunarMonth11(int year, double timeZone)
    {
        var off = JulianDay(new DateOnly(year, 12, 31)) - 2415021;
        var k = (int)Math.Floor(off / SynodicMonth);
        var nm = NewMoonDay(k, timeZone);
        if (SunSector(nm, timeZone) >= 9)
        {
            nm = NewMoonDay(k - 1, timeZone);
        }

        return nm;
    }

    /// <summary>The index k of the new moon that starts the month beginning on local day <paramref name="dayNumber"/>.</summary>
    public static int NewMoonIndex(int dayNumber) => (int)Math.Floor(((dayNumber - Epoch) / SynodicMonth) + 0.5);

    /// <summary>
    /// In a 13-month year starting at month 11 (<paramref name="a11"/>), the position (1–13) after
    /// month 11 of the leap month: the first month in which the sun enters no new major term.
    /// </summary>
    public static int LeapMonthOffset(int a11, double timeZone)
    {
        var k = NewMoonIndex(a11);
        var i = 1;
        var arc = SunSector(NewMoonDay(k + i, timeZone), timeZone);
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunSector(NewMoonDay(k + i, timeZone), timeZone);
        }
        while (arc != last && i < 14);
        return i - 1;
    }
}
