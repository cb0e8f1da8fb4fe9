namespace TuyenGiao.Modules.Features.Organization.Contracts;

/// <summary>Read access to the union hierarchy for other modules. Every question takes an as-of date (default: today, Vietnam time).</summary>
public interface IOrgHierarchy
{
    /// <summary>The unit as of the date, or null when it did not exist then.</summary>
    Task<OrgUnitSnapshot?> GetAsync(int unitId, DateOnly? asOf = null, CancellationToken ct = default);

    /// <summary>
    /// The unit's position for access checks: its version today, else its last version (a unit
    /// merged away is still judged where it last stood), else its first one. Null when unknown.
    /// </summary>
    Task<OrgUnitSnapshot?> GetLatestAsync(int unitId, CancellationToken ct = default);

    /// <summary>True when <paramref name="unitId"/> is <paramref name="ancestorId"/> or lies in its subtree on the date. One indexed lookup.</summary>
    Task<bool> IsWithinAsync(int unitId, int ancestorId, DateOnly? asOf = null, CancellationToken ct = default);

    /// <summary>
    /// Units today whose name matches <paramref name="text"/> without regard to tones or đ (all
    /// units when empty), limited to the subtrees of <paramref name="roots"/> (null: everywhere),
    /// at most <paramref name="max"/>, highest levels first.
    /// </summary>
    Task<IReadOnlyList<OrgUnitMatch>> SearchAsync(string? text, IReadOnlyList<int>? roots, int max = 20, CancellationToken ct = default);

    /// <summary>
    /// The unit and every unit under it as of the date, ordered by path (parents before their
    /// children); empty when the unit did not exist then. One range query on the path index.
    /// </summary>
    Task<IReadOnlyList<OrgUnitSnapshot>> GetSubtreeAsync(int unitId, DateOnly? asOf = null, CancellationToken ct = default);

    /// <summary>The root units (no parent) as of the date.</summary>
    Task<IReadOnlyList<OrgUnitSnapshot>> GetRootsAsync(DateOnly? asOf = null, CancellationToken ct = default);
}
