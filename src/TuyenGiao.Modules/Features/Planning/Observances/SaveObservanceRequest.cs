namespace TuyenGiao.Modules.Features.Planning.Observances;

/// <summary>
/// Create or replace an observance. <c>calendar</c> is "Solar" or "Lunar"; <c>category</c> one of
/// National, International, Union, Organization, Traditional, Campaign, Local; <c>day</c> may be
/// left out when <c>monthLong</c> is true. <c>unitId</c> null makes it everyone's (system
/// administrators only); otherwise the caller must manage that unit.
/// </summary>
public sealed record SaveObservanceRequest(
    string? Name,
    string? Description,
    string? Calendar,
    int? Month,
    int? Day,
    int? FoundingYear,
    string? Category,
    bool? MonthLong,
    int? UnitId);
