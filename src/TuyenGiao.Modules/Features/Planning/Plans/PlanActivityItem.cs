using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.Plans;

/// <summary>An activity as shown; <see cref="Overdue"/>: the deadline has passed and it is neither done nor cancelled.</summary>
public sealed record PlanActivityItem(
    int Id,
    string Title,
    string? Description,
    string? OwnerName,
    string? OwnerUserId,
    DateOnly? StartDate,
    DateOnly? Deadline,
    PlanActivityStatus Status,
    bool Overdue);
