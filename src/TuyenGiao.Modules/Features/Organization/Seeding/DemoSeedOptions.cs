namespace TuyenGiao.Modules.Features.Organization.Seeding;

/// <summary>Section <c>Seed</c>: demo data on the first start of an empty database.</summary>
public sealed class DemoSeedOptions
{
    /// <summary>Seed the Bắc Kạn federation as in 2023 (default true).</summary>
    public bool Demo { get; set; } = true;

    /// <summary>Also apply the 2025 reorganisation as restructuring operations (default false).</summary>
    public bool Reorganisation2025 { get; set; }
}
