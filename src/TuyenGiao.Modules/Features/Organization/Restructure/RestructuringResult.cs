namespace TuyenGiao.Modules.Features.Organization.Restructure;

/// <summary>What a restructuring did (or, previewed, would do), in readable lines.</summary>
/// <param name="Id">The restructuring's id; null for a preview.</param>
/// <param name="UnitId">The unit created or taking over (create, merge), else the unit acted on.</param>
public sealed record RestructuringResult(
    Guid? Id,
    bool Preview,
    DateOnly EffectiveDate,
    string Summary,
    IReadOnlyList<string> Changes,
    IReadOnlyList<int> AffectedUnitIds,
    int? UnitId,
    IReadOnlyList<int> CreatedUnitIds);
