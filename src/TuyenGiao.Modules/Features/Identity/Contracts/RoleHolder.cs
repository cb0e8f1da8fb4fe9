namespace TuyenGiao.Modules.Features.Identity.Contracts;

/// <summary>An account holding a role on a unit.</summary>
public sealed record RoleHolder(string UserId, string? Email, string FullName);
