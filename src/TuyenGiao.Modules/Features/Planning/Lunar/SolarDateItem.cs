namespace TuyenGiao.Modules.Features.Planning.Lunar;

/// <summary>A solar date as the API answers it: <c>{"date":"yyyy-MM-dd"}</c>.</summary>
public sealed record SolarDateItem(DateOnly Date);
