namespace TuyenGiao.Modules.Features.Identity.ManageUsers;

/// <summary>The generated password, shown this once; null when the administrator chose it.</summary>
public sealed record PasswordResetResult(string? InitialPassword);
