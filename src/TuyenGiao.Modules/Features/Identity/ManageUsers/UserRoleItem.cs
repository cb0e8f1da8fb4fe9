using TuyenGiao.Modules.Features.Identity.Contracts;

namespace TuyenGiao.Modules.Features.Identity.ManageUsers;

/// <summary>A role over a unit's subtree; <see cref="UnitId"/> null means the whole system.</summary>
public sealed record UserRoleItem(AppRole Role, int? UnitId, string? UnitName);
