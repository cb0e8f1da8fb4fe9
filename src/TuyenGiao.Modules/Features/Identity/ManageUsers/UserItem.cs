namespace TuyenGiao.Modules.Features.Identity.ManageUsers;

/// <summary>An account as administrators see it. Times are UTC.</summary>
public sealed record UserItem(
    string Id,
    string Email,
    string FullName,
    bool IsDisabled,
    DateTime? LockedOutUntil,
    IReadOnlyList<UserRoleItem> Roles,
    DateTime CreatedAt);
