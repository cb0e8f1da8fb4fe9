using TuyenGiao.Modules.Features.Planning.Contracts;

namespace TuyenGiao.Modules.Features.Planning.Observances;

/// <summary>An observance as the API and the back-office show it; <see cref="CanEdit"/> says whether the caller may change it.</summary>
public sealed record ObservanceItem(
    int Id,
    string Name,
    string? Description,
    ObservanceCalendar Calendar,
    int Month,
    int Day,
    int? FoundingYear,
    ObservanceCategory Category,
    bool MonthLong,
    int? UnitId,
    string? UnitName,
    bool CanEdit);
