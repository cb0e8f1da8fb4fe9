using TuyenGiao.Modules.Features.Planning.Contracts;

namespace TuyenGiao.Modules.Features.Planning.Lunar;

/// <summary>A lunar date as the API answers it: <c>{"day","month","year","leapMonth","yearName"}</c>.</summary>
public sealed record LunarDateItem(int Day, int Month, int Year, bool LeapMonth, string YearName)
{
    public static LunarDateItem From(LunarDate date) =>
        new(date.Day, date.Month, date.Year, date.IsLeapMonth, VietnameseLunarCalendar.YearName(date.Year));
}
