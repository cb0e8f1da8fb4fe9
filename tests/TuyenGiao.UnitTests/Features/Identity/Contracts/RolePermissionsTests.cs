using TuyenGiao.Modules.Features.Identity.Contracts;

namespace TuyenGiao.UnitTests.Features.Identity.Contracts;

public sealed class RolePermissionsTests
{
    [Fact]
    public void Only_administrators_manage_units_users_and_read_the_audit()
    {
        foreach (var role in Enum.GetValues<AppRole>())
        {
            var admin = role == AppRole.Administrator;
            Assert.Equal(admin, RolePermissions.Grants(role, Permission.ManageUnits));
            Assert.Equal(admin, RolePermissions.Grants(role, Permission.ManageUsers));
            Assert.Equal(admin, RolePermissions.Grants(role, Permission.ViewAudit));
        }
    }

    [Fact]
    public void Every_role_may_view_the_units_of_its_subtree() =>
        Assert.All(Enum.GetValues<AppRole>(), role => Assert.True(RolePermissions.Grants(role, Permission.ViewUnits)));

    [Fact]
    public void Editors_edit_and_approvers_approve()
    {
        Assert.True(RolePermissions.Grants(AppRole.Editor, Permission.EditContent));
        Assert.False(RolePermissions.Grants(AppRole.Editor, Permission.ApproveContent));
        Assert.True(RolePermissions.Grants(AppRole.Approver, Permission.ApproveContent));
        Assert.False(RolePermissions.Grants(AppRole.Viewer, Permission.EditContent));
        Assert.False(RolePermissions.Grants((AppRole)99, Permission.ViewUnits));
    }
}
