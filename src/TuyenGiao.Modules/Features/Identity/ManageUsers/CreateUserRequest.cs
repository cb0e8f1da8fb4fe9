namespace TuyenGiao.Modules.Features.Identity.ManageUsers;

/// <summary>A new account. Without a password one is generated and returned once.</summary>
public sealed record CreateUserRequest(string? Email, string? FullName, string? Password, IReadOnlyList<RoleAssignmentRequest>? Roles);
