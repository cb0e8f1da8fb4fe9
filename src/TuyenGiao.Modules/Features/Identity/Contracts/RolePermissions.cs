namespace TuyenGiao.Modules.Features.Identity.Contracts;

public static class RolePermissions
{
    public static bool Grants(AppRole role, Permission permission) => role switch
    {
        AppRole.Administrator => true,
        AppRole.Editor => permission is Permission.ViewUnits or Permission.EditContent,
        AppRole.Approver => permission is Permission.ViewUnits or Permission.EditContent or Permission.ApproveContent,
        AppRole.Briefer => permission is Permission.ViewUnits or Permission.Briefing,
        AppRole.Viewer => permission is Permission.ViewUnits,
        _ => false,
    };
}
