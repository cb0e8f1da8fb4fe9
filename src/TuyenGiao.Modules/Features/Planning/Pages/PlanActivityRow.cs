using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.Pages;

/// <summary>One editable activity row of the plan page.</summary>
internal sealed class PlanActivityRow
{
    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? OwnerName { get; set; }

    public string? OwnerUserId { get; set; }

    public DateTime? StartDate { get; set; }

    public DateTime? Deadline { get; set; }

    public PlanActivityStatus Status { get; set; } = PlanActivityStatus.Planned;

    public bool Overdue { get; set; }
}
