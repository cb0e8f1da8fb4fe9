namespace TuyenGiao.Modules.Features.Identity.ManageUsers;

/// <summary>
/// The new account; <see cref="InitialPassword"/> holds the generated password when none was given
/// (shown this once, never stored in clear).
/// </summary>
public sealed record CreatedUser(
    string Id,
    string Email,
    string FullName,
    bool IsDisabled,
    DateTime? LockedOutUntil,
    IReadOnlyList<UserRoleItem> Roles,
    DateTime CreatedAt,
    string? InitialPassword)
{
    public static CreatedUser From(UserItem user, string? initialPassword) =>
        new(user.Id, user.Email, user.FullName, user.IsDisabled, user.LockedOutUntil, user.Roles, user.CreatedAt, initialPassword);
}
