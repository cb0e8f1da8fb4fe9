using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Identity.ManageUsers;
using TuyenGiao.Modules.Shared.Components;

namespace TuyenGiao.Modules.Features.Identity.Pages;

/// <summary>One role being edited in a back-office form.</summary>
public sealed class RoleRow
{
    public AppRole Role { get; set; } = AppRole.Editor;

    public UnitChoice? Unit { get; set; }

    /// <summary>The whole system (no unit); only system administrators can grant it.</summary>
    public bool SystemWide { get; set; }

    public static RoleRow From(UserRoleItem item) => new()
    {
        Role = item.Role,
        Unit = item.UnitId is { } id ? new UnitChoice(id, item.UnitName ?? "#" + id) : null,
        SystemWide = item.UnitId is null,
    };

    /// <summary>The request, or null when the row has neither a unit nor the system-wide choice.</summary>
    public RoleAssignmentRequest? ToRequest() =>
        SystemWide ? new RoleAssignmentRequest(Role.ToString(), null)
        : Unit is { } unit ? new RoleAssignmentRequest(Role.ToString(), unit.Id)
        : null;
}
