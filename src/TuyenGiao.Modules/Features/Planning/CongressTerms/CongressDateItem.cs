namespace TuyenGiao.Modules.Features.Planning.CongressTerms;

/// <summary>A congress on the calendar: the unit, the term it opens and its days.</summary>
public sealed record CongressDateItem(
    int TermId,
    int UnitId,
    string UnitName,
    string? Name,
    DateOnly StartDate,
    DateOnly EndDate,
    int StartYear,
    int EndYear,
    bool EndedEarly);
