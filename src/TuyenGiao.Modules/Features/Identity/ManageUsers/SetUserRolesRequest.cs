namespace TuyenGiao.Modules.Features.Identity.ManageUsers;

/// <summary>The account's complete set of roles, replacing the ones it has.</summary>
public sealed record SetUserRolesRequest(IReadOnlyList<RoleAssignmentRequest>? Roles);
