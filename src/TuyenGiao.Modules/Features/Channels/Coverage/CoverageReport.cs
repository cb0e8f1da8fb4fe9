namespace TuyenGiao.Modules.Features.Channels.Coverage;

/// <summary>Channel coverage of a unit's subtree on a date, level by level (highest first).</summary>
public sealed record CoverageReport(int UnitId, string UnitName, DateOnly Date, IReadOnlyList<CoverageLevel> Levels);
