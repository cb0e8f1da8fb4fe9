namespace TuyenGiao.Modules.Features.Planning.Contracts;

/// <summary>A date of the Vietnamese lunar calendar (âm lịch): day 1–30 of month 1–12 of a lunar year, possibly in the leap month.</summary>
public readonly record struct LunarDate(int Day, int Month, int Year, bool IsLeapMonth);
