namespace TuyenGiao.Modules.Features.Identity.ManageUsers;

/// <summary>
/// Where the caller manages accounts: <see cref="Roots"/> null for a system administrator,
/// else the units whose subtrees it manages.
/// </summary>
public sealed record ManagerScope(string? UserId, IReadOnlyList<int>? Roots)
{
    public bool IsSystemAdmin => Roots is null;
}
