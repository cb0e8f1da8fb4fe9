namespace TuyenGiao.Modules.Features.Identity.ManageUsers;

/// <summary>Changes to an account; a null field stays as it is.</summary>
public sealed record UpdateUserRequest(string? FullName, bool? IsDisabled);
