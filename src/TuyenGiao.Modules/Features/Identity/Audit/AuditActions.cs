namespace TuyenGiao.Modules.Features.Identity.Audit;

/// <summary>The actions the Identity module writes to the audit log.</summary>
public static class AuditActions
{
    public const string SignIn = "auth.sign-in";
    public const string SignInFailed = "auth.sign-in-failed";
    public const string LockedOut = "auth.locked-out";
    public const string UserCreate = "user.create";
    public const string UserUpdate = "user.update";
    public const string UserDisable = "user.disable";
    public const string UserEnable = "user.enable";
    public const string UserRoles = "user.roles";
    public const string UserPasswordReset = "user.password-reset";
    public const string UserUnlock = "user.unlock";
    public const string UserDelete = "user.delete";
}
