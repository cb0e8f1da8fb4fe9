using Microsoft.AspNetCore.Identity;

namespace TuyenGiao.Modules.Features.Identity.Data;

/// <summary>An account (ASP.NET Core Identity user) with the name shown in the back-office.</summary>
public sealed class AppUser : IdentityUser
{
    public string FullName { get; set; } = string.Empty;

    public DateTime CreatedAt { get; set; }

    public bool IsDisabled { get; set; }
}
