namespace TuyenGiao.Modules.Features.Planning.Plans;

/// <summary>One activity: <c>status</c> Planned (default), InProgress, Done or Cancelled.</summary>
public sealed record PlanActivityInput(
    string? Title,
    string? Description,
    string? OwnerName,
    string? OwnerUserId,
    DateOnly? StartDate,
    DateOnly? Deadline,
    string? Status);
