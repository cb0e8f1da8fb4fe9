using TuyenGiao.Modules.Features.Planning.Contracts;
using TuyenGiao.Modules.Features.Planning.Lunar;

namespace TuyenGiao.Modules.Features.Planning.Occurrences;

/// <summary>
/// One observance on one year's calendar. <see cref="Date"/> is the solar day (the first day
/// for a month-long observance, which ends on <see cref="EndDate"/>); <see cref="Lunar"/> is the
/// same day in the lunar calendar. <see cref="CalendarYear"/> is the year the occurrence belongs to
/// in the observance's own calendar (the lunar year for a lunar observance).
/// <see cref="Anniversary"/> is that year minus the founding year; <see cref="Round"/> every 5
/// years, <see cref="Major"/> every 10.
/// </summary>
public sealed record ObservanceOccurrence(
    int ObservanceId,
    string Name,
    DateOnly Date,
    DateOnly EndDate,
    LunarDateItem? Lunar,
    int? Anniversary,
    bool Round,
    bool Major,
    ObservanceCalendar Calendar,
    ObservanceCategory Category,
    bool MonthLong,
    int? UnitId,
    string? Description,
    int CalendarYear);
