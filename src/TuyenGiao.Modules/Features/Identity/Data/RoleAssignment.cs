using TuyenGiao.Modules.Features.Identity.Contracts;

namespace TuyenGiao.Modules.Features.Identity.Data;

/// <summary>A role held by a user over a unit and its subtree.</summary>
internal sealed class RoleAssignment
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public AppRole Role { get; set; }

    /// <summary>The unit whose subtree the role covers; null for the whole system (the first administrator).</summary>
    public int? UnitId { get; set; }

    public DateTime CreatedAt { get; set; }
}
