using TuyenGiao.Modules.Features.Planning.Contracts;
using TuyenGiao.Modules.Features.Planning.Domain;
using TuyenGiao.Modules.Features.Planning.Lunar;

namespace TuyenGiao.Modules.Features.Planning.Occurrences;

/// <summary>
/// Where each observance falls in a solar year.
/// <list type="bullet">
/// <item>Solar: on its day; 29/2 falls on 28/2 in a common year.</item>
/// <item>Lunar: the lunar years that overlap the solar year are both looked at, and each date
/// that lands inside the solar year counts (a day of lunar month 12 may land in January of the
/// next solar year, so a year can hold 0, 1 or 2 occurrences of it). A day that the lunar month
/// lacks (day 30 of a 29-day month) falls back to the month's last day.</item>
/// <item>Month-long: from the first to the last day of the month.</item>
/// <item>No occurrence before the founding year; the founding year itself has no anniversary
/// number.</item>
/// </list>
/// </summary>
internal static class OccurrenceCalculator
{
    public static List<ObservanceOccurrence> ForYear(IEnumerable<Observance> observances, int year)
    {
        var result = new List<ObservanceOccurrence>();
        foreach (var o in observances)
        {
            if (o.Calendar == ObservanceCalendar.Solar)
            {
                var day = Math.Min(o.Day, DateTime.DaysInMonth(year, o.Month));
                var start = o.IsMonthLong ? new DateOnly(year, o.Month, 1) : new DateOnly(year, o.Month, day);
                var end = o.IsMonthLong ? new DateOnly(year, o.Month, DateTime.DaysInMonth(year, o.Month)) : start;
                Add(result, o, start, end, year);
                continue;
            }

            foreach (var lunarYear in new[] { year - 1, year })
            {
                if (lunarYear is < VietnameseLunarCalendar.MinLunarYear or > VietnameseLunarCalendar.MaxLunarYear)
                {
                    continue;
                }

                var length = VietnameseLunarCalendar.DaysInMonth(lunarYear, o.Month);
                var first = VietnameseLunarCalendar.ToSolar(1, o.Month, lunarYear);
                var start = o.IsMonthLong ? first : first.AddDays(Math.Min(o.Day, length) - 1);
                var end = o.IsMonthLong ? first.AddDays(length - 1) : start;
                if (start.Year == year)
                {
                    Add(result, o, start, end, lunarYear);
                }
            }
        }

        return [.. result.OrderBy(r => r.Date).ThenBy(r => r.MonthLong ? 0 : 1).ThenBy(r => r.Name, StringComparer.Ordinal).ThenBy(r => r.ObservanceId)];
    }

    private static void Add(List<ObservanceOccurrence> result, Observance o, DateOnly start, DateOnly end, int calendarYear)
    {
        if (o.FoundingYear is { } founded && calendarYear < founded)
        {
            return;
        }

        int? anniversary = o.FoundingYear is { } f && calendarYear > f ? calendarYear - f : null;
        var lunar = VietnameseLunarCalendar.IsSupported(start) ? LunarDateItem.From(VietnameseLunarCalendar.ToLunar(start)) : null;
        result.Add(new ObservanceOccurrence(
            o.Id,
            o.Name,
            start,
            end,
            lunar,
            anniversary,
            anniversary % 5 == 0,
            anniversary % 10 == 0,
            o.Calendar,
            o.Category,
            o.IsMonthLong,
            o.UnitId,
            o.Description,
            calendarYear));
    }
}
