namespace TuyenGiao.UnitTests.Features.Planning;

/// <summary>
/// An independent, line-by-line port of Hồ Ngọc Đức's published <c>convertSolar2Lunar</c>
/// (day by day, no tables), used as the oracle the production table is compared with on every
/// day of 1900–2100. <c>Int</c> is the original's <c>INT</c> (floor).
/// </summary>
internal static class HoNgocDucReference
{
    private static readonly Dictionary<(int Year, double TimeZone), int> Month11Cache = [];

    public static (int Day, int Month, int Year, bool Leap) ConvertSolar2Lunar(int dd, int mm, int yy, double timeZone)
    {
        var dayNumber = JdFromDate(dd, mm, yy);
        var k = Int((dayNumber - 2415021.076998695) / 29.530588853);
        var monthStart = GetNewMoonDay(k + 1, timeZone);
        if (monthStart > dayNumber)
        {
            monthStart = GetNewMoonDay(k, timeZone);
        }

        // Not in the original: its mean-moon estimate of k is one too high on two days of
        // 1900–2100 (2054-05-07, 2062-04-09), where it answers "day 0"; step back one more moon.
        if (monthStart > dayNumber)
        {
            monthStart = GetNewMoonDay(k - 1, timeZone);
        }

        var a11 = GetLunarMonth11(yy, timeZone);
        var b11 = a11;
        int lunarYear;
        if (a11 >= monthStart)
        {
            lunarYear = yy;
            a11 = GetLunarMonth11(yy - 1, timeZone);
        }
        else
        {
            lunarYear = yy + 1;
            b11 = GetLunarMonth11(yy + 1, timeZone);
        }

        var lunarDay = dayNumber - monthStart + 1;
        var diff = Int((monthStart - a11) / 29.0);
        var lunarLeap = false;
        var lunarMonth = diff + 11;
        if (b11 - a11 > 365)
        {
            var leapMonthDiff = GetLeapMonthOffset(a11, timeZone);
            if (diff >= leapMonthDiff)
            {
                lunarMonth = diff + 10;
                if (diff == leapMonthDiff)
                {
                    lunarLeap = true;
                }
            }
        }

        if (lunarMonth > 12)
        {
            lunarMonth -= 12;
        }

        if (lunarMonth >= 11 && diff < 4)
        {
            lunarYear -= 1;
        }

        return (lunarDay, lunarMonth, lunarYear, lunarLeap);
    }

    private static int Int(double d) => (int)Math.Floor(d);

    private static int JdFromDate(int dd, int mm, int yy)
    {
        var a = Int((14 - mm) / 12.0);
        var y = yy + 4800 - a;
        var m = mm + (12 * a) - 3;
        var jd = dd + Int(((153 * m) + 2) / 5.0) + (365 * y) + Int(y / 4.0) - Int(y / 100.0) + Int(y / 400.0) - 32045;
        if (jd < 2299161)
        {
            jd = dd + Int(((153 * m) + 2) / 5.0) + (365 * y) + Int(y / 4.0) - 32083;
        }

        return jd;
    }

    private static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var dr = Math.PI / 180;
        var jd1 = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3);
        jd1 += 0.00033 * Math.Sin((166.56 + (132.87 * t) - (0.009173 * t2)) * dr);
        var m = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        var mpr = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        var f = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);
        var c1 = ((0.1734 - (0.000393 * t)) * Math.Sin(m * dr)) + (0.0021 * Math.Sin(2 * dr * m));
        c1 = c1 - (0.4068 * Math.Sin(mpr * dr)) + (0.0161 * Math.Sin(dr * 2 * mpr));
        c1 -= 0.0004 * Math.Sin(dr * 3 * mpr);
        c1 = c1 + (0.0104 * Math.Sin(dr * 2 * f)) - (0.0051 * Math.Sin(dr * (m + mpr)));
        c1 = c1 - (0.0074 * Math.Sin(dr * (m - mpr))) + (0.0004 * Math.Sin(dr * ((2 * f) + m)));
        c1 = c1 - (0.0004 * Math.Sin(dr * ((2 * f) - m))) - (0.0006 * Math.Sin(dr * ((2 * f) + mpr)));
        c1 = c1 + (0.0010 * Math.Sin(dr * ((2 * f) - mpr))) + (0.0005 * Math.Sin(dr * ((2 * mpr) + m)));
        double deltat;
        if (t < -11)
        {
            deltat = 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3);
        }
        else
        {
            deltat = -0.000278 + (0.000265 * t) + (0.000262 * t2);
        }

        return jd1 + c1 - deltat;
    }

    private static double SunLongitude(double jdn)
    {
        var t = (jdn - 2451545.0) / 36525;
        var t2 = t * t;
        var dr = Math.PI / 180;
        var m = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        var l0 = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        var dl = (1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(dr * m);
        dl = dl + ((0.019993 - (0.000101 * t)) * Math.Sin(dr * 2 * m)) + (0.000290 * Math.Sin(dr * 3 * m));
        var l = l0 + dl;
        l *= dr;
        l -= Math.PI * 2 * Int(l / (Math.PI * 2));
        return l;
    }

    private static int GetSunLongitude(int dayNumber, double timeZone) => Int(SunLongitude(dayNumber - 0.5 - (timeZone / 24)) / Math.PI * 6);

    private static int GetNewMoonDay(int k, double timeZone) => Int(NewMoon(k) + 0.5 + (timeZone / 24));

    private static int GetLunarMonth11(int yy, double timeZone)
    {
        lock (Month11Cache)
        {
            if (Month11Cache.TryGetValue((yy, timeZone), out var cached))
            {
                return cached;
            }
        }

        var off = JdFromDate(31, 12, yy) - 2415021;
        var k = Int(off / 29.530588853);
        var nm = GetNewMoonDay(k, timeZone);
        var sunLong = GetSunLongitude(nm, timeZone);
        if (sunLong >= 9)
        {
            nm = GetNewMoonDay(k - 1, timeZone);
        }

        lock (Month11Cache)
        {
            Month11Cache[(yy, timeZone)] = nm;
        }

        return nm;
    }

    private static int GetLeapMonthOffset(int a11, double timeZone)
    {
        var k = Int(((a11 - 2415021.076998695) / 29.530588853) + 0.5);
        int last;
        var i = 1;
        var arc = GetSunLongitude(GetNewMoonDay(k + i, timeZone), timeZone);
        do
        {
            last = arc;
            i++;
            arc = GetSunLongitude(GetNewMoonDay(k + i, timeZone), timeZone);
        }
        while (arc != last && i < 14);
        return i - 1;
    }
}
