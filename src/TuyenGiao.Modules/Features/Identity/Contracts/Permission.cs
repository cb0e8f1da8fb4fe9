namespace TuyenGiao.Modules.Features.Identity.Contracts;

/// <summary>What a role allows inside its unit subtree. <see cref="RolePermissions"/> says which role grants which.</summary>
public enum Permission
{
    ViewUnits = 1,
    ManageUnits = 2,
    ManageUsers = 3,
    ViewAudit = 4,
    EditContent = 10,
    ApproveContent = 11,
    Briefing = 20,
}
