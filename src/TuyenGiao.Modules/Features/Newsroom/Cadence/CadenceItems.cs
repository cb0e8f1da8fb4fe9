namespace TuyenGiao.Modules.Features.Newsroom.Cadence;

/// <summary>One Vietnam-time day: posts published, the target that day, whether it was met.</summary>
public sealed record CadenceDay(DateOnly Date, int Count, int Target, bool Met);

/// <summary>
/// A unit's publishing cadence over [From, To]: today's count against the target, the complete
/// days below target in the period (today counts only once it is over), the current streak (days
/// meeting the target up to yesterday, plus today when already met) and the per-day series.
/// </summary>
public sealed record CadenceStats(
    int UnitId,
    string UnitName,
    DateOnly Today,
    int TodayCount,
    int Target,
    bool TargetIsExplicit,
    int WarnAtHour,
    DateOnly From,
    DateOnly To,
    int DaysBelowTarget,
    int Streak,
    IReadOnlyList<CadenceDay> Days);

/// <summary>Body of <c>PUT /api/v1/cadence/targets/{unitId}</c>. <see cref="ValidFrom"/> defaults to today (Vietnam time).</summary>
public sealed record SaveCadenceTargetRequest(int? PostsPerDay, int? WarnAtHour = null, DateOnly? ValidFrom = null);

/// <summary>A unit's target as saved.</summary>
public sealed record CadenceTargetItem(int UnitId, int PostsPerDay, int? WarnAtHour, DateOnly ValidFrom);
