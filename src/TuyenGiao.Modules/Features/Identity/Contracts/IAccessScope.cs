namespace TuyenGiao.Modules.Features.Identity.Contracts;

/// <summary>
/// The signed-in person's reach: role assignments scoped to unit subtrees. Every endpoint asks it
/// about every unit id it touches. Missing view rights answer 404 (no hint that the unit exists);
/// view without the needed right answers 403.
/// </summary>
public interface IAccessScope
{
    string? UserId { get; }

    string? UserName { get; }

    /// <summary>True when an assignment granting <paramref name="permission"/> covers the unit.</summary>
    Task<bool> CanAsync(Permission permission, int unitId, CancellationToken ct = default);

    /// <summary>Throws 404 when the unit is unknown or out of view, 403 when viewable but not allowed.</summary>
    Task EnsureAsync(Permission permission, int unitId, CancellationToken ct = default);

    /// <summary>
    /// The unit ids whose subtrees grant the permission; null means everything (an Administrator
    /// at a root). Used to filter lists.
    /// </summary>
    Task<IReadOnlyList<int>?> RootsAsync(Permission permission, CancellationToken ct = default);
}
