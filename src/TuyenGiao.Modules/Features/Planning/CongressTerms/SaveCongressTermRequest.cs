namespace TuyenGiao.Modules.Features.Planning.CongressTerms;

/// <summary>
/// Create or replace a congress term: the term's years (2023–2028), the congress that opened it
/// and, when <c>endedEarly</c>, the day it ended (<c>endedOn</c>, required then) and why.
/// </summary>
public sealed record SaveCongressTermRequest(
    int? UnitId,
    string? Name,
    int? StartYear,
    int? EndYear,
    DateOnly? CongressStartDate,
    DateOnly? CongressEndDate,
    string? Location,
    bool? EndedEarly,
    DateOnly? EndedOn,
    string? EndReason);
