namespace TuyenGiao.Modules.Features.Identity.ManageUsers;

/// <summary>A role to grant: its name ("Editor") and the unit whose subtree it covers (null: the whole system).</summary>
public sealed record RoleAssignmentRequest(string? Role, int? UnitId);
