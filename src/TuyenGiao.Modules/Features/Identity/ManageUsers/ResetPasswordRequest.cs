namespace TuyenGiao.Modules.Features.Identity.ManageUsers;

/// <summary>An administrator sets a new password; without one a password is generated and returned once.</summary>
public sealed record ResetPasswordRequest(string? Password);
