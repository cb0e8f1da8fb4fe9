using System.Globalization;
using TuyenGiao.Modules.Features.Planning.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Planning.Lunar;

/// <summary>Turns calendar range and lunar-date failures into problem details with Vietnamese text.</summary>
internal static class LunarDateProblems
{
    public static void EnsureYear(int year, string field)
    {
        if (year is < VietnameseLunarCalendar.MinYear or > VietnameseLunarCalendar.MaxYear)
        {
            throw AppProblemException.Invalid([new FieldError(field, Messages.Get("PlanningYearRange", VietnameseLunarCalendar.MinYear, VietnameseLunarCalendar.MaxYear))]);
        }
    }

    /// <summary>400 "Ngày âm lịch không tồn tại" naming the part that does not exist.</summary>
    public static AppProblemException NotExisting(LunarDateError error, int day, int month, int year, bool leapMonth)
    {
        var (field, message) = error switch
        {
            LunarDateError.YearOutOfRange => ("year", Messages.Get("PlanningYearRange", VietnameseLunarCalendar.MinYear, VietnameseLunarCalendar.MaxYear)),
            LunarDateError.MonthOutOfRange => ("month", Messages.Get("PlanningLunarMonthRange")),
            LunarDateError.NoSuchLeapMonth => ("leapMonth", Messages.Get("PlanningNoLeapMonth", year, month)),
            _ => ("day", Messages.Get(
                "PlanningLunarDayRange",
                month,
                leapMonth ? Messages.Get("PlanningLeapSuffix") : string.Empty,
                year,
                VietnameseLunarCalendar.DaysInMonth(year, month, leapMonth))),
        };
        var shown = string.Create(CultureInfo.InvariantCulture, $"{day}/{month}{(leapMonth ? "N" : "")}/{year}");
        return new AppProblemException(400, Messages.Get("PlanningLunarDateMissing"), Messages.Get("PlanningLunarDateMissingDetail", shown, message), [new FieldError(field, message)]);
    }
}
