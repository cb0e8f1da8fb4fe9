namespace TuyenGiao.Modules.Features.Planning.Domain;

/// <summary>Progress of one activity of a plan; Planned and InProgress past their deadline are overdue.</summary>
public enum PlanActivityStatus
{
    Planned = 1,
    InProgress = 2,
    Done = 3,
    Cancelled = 4,
}
