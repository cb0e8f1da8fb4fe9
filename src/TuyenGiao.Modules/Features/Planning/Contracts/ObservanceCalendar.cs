namespace TuyenGiao.Modules.Features.Planning.Contracts;

/// <summary>Which calendar an observance's day and month are counted in.</summary>
public enum ObservanceCalendar
{
    /// <summary>Dương lịch: the Gregorian calendar.</summary>
    Solar = 1,

    /// <summary>Âm lịch: the Vietnamese lunar calendar (<see cref="VietnameseLunarCalendar"/>).</summary>
    Lunar = 2,
}
