namespace TuyenGiao.Modules.Features.Planning.Contracts;

/// <summary>Why a lunar date does not exist (see <see cref="VietnameseLunarCalendar.Validate"/>).</summary>
public enum LunarDateError
{
    /// <summary>The lunar year lies outside the years the calendar is computed for.</summary>
    YearOutOfRange = 1,

    /// <summary>The month is not 1–12.</summary>
    MonthOutOfRange = 2,

    /// <summary>A leap month was asked for but the year has no leap month of that number.</summary>
    NoSuchLeapMonth = 3,

    /// <summary>The day is not 1–29 (or 30, when the month is long).</summary>
    DayOutOfRange = 4,
}
