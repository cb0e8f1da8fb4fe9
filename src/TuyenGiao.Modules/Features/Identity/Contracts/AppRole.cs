namespace TuyenGiao.Modules.Features.Identity.Contracts;

/// <summary>The roles a person holds, each assignment scoped to a unit and its subtree.</summary>
public enum AppRole
{
    Administrator = 1,
    Editor = 2,
    Approver = 3,
    Briefer = 4,
    Viewer = 5,
}
