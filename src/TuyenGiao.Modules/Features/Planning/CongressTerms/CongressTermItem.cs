namespace TuyenGiao.Modules.Features.Planning.CongressTerms;

/// <summary>A unit's congress term as shown, with its status today.</summary>
public sealed record CongressTermItem(
    int Id,
    int UnitId,
    string? UnitName,
    string? Name,
    int StartYear,
    int EndYear,
    DateOnly? CongressStartDate,
    DateOnly? CongressEndDate,
    string? Location,
    bool EndedEarly,
    DateOnly? EndedOn,
    string? EndReason,
    CongressTermStatus Status,
    bool CanEdit);
