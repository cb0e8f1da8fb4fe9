namespace TuyenGiao.Modules.Features.Identity;

/// <summary>Section <c>Seed</c>: the first administrator.</summary>
public sealed class SeedAdminOptions
{
    public const string Section = "Seed";

    /// <summary>E-mail of the first administrator (default <c>admin@tuyengiao.local</c>).</summary>
    public string AdminEmail { get; set; } = "admin@tuyengiao.local";

    /// <summary>Password of the first administrator; when empty one is generated and printed once.</summary>
    public string? AdminPassword { get; set; }
}
