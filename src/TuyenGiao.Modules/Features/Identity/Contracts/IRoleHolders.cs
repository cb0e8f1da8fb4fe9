namespace TuyenGiao.Modules.Features.Identity.Contracts;

/// <summary>Who holds roles on a unit: the people a module tells about that unit's work (reminders, warnings).</summary>
public interface IRoleHolders
{
    /// <summary>
    /// Enabled accounts holding, on the unit itself (not through an ancestor), a role that grants
    /// <paramref name="permission"/>.
    /// </summary>
    Task<IReadOnlyList<RoleHolder>> OnUnitAsync(int unitId, Permission permission, CancellationToken ct = default);
}
