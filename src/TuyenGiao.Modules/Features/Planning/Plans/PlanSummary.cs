using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.Plans;

/// <summary>A plan in a list.</summary>
public sealed record PlanSummary(
    int Id,
    int UnitId,
    string? UnitName,
    string Title,
    PlanKind Kind,
    int Year,
    PlanStatus Status,
    int ActivityCount,
    int OverdueActivities,
    long BudgetTotal,
    DateTime UpdatedAt);
