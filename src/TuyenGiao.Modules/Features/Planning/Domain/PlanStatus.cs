namespace TuyenGiao.Modules.Features.Planning.Domain;

/// <summary>Where a communication plan stands: being drafted, approved and being carried out, or done.</summary>
public enum PlanStatus
{
    Draft = 1,
    Approved = 2,
    Completed = 3,
}
