namespace TuyenGiao.Modules.Features.Organization.Import;

/// <summary>What an import did (or, previewed, would do).</summary>
/// <param name="Imported">How many units were (or would be) created.</param>
/// <param name="RestructuringId">The one restructuring that holds them all; null for a preview.</param>
/// <param name="EffectiveDate">The earliest effective date among the rows.</param>
public sealed record OrgImportResult(
    int Imported,
    Guid? RestructuringId,
    bool Preview,
    DateOnly EffectiveDate,
    string Summary,
    IReadOnlyList<OrgImportedUnit> Units);

/// <summary>One row of the sheet as a unit; <paramref name="Id"/> is null for a preview.</summary>
public sealed record OrgImportedUnit(int Row, string Code, string Name, string Kind, string KindName, string? ParentCode, DateOnly EffectiveDate, int? Id);
