namespace TuyenGiao.Modules.Features.Planning.Domain;

/// <summary>One activity of a plan, with who carries it out (a name, optionally an account) and by when.</summary>
internal sealed class PlanActivity
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int SortOrder { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public string? OwnerName { get; set; }

    /// <summary>The account responsible, when the owner has one.</summary>
    public string? OwnerUserId { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? Deadline { get; set; }

    public PlanActivityStatus Status { get; set; }
}
