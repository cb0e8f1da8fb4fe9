using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.Plans;

/// <summary>A communication plan in full; <see cref="CanEdit"/> says whether the caller may change it.</summary>
public sealed record PlanItem(
    int Id,
    int UnitId,
    string? UnitName,
    string Title,
    PlanKind Kind,
    int Year,
    DateOnly? StartDate,
    DateOnly? EndDate,
    PlanStatus Status,
    string? Objectives,
    IReadOnlyList<string> KeyMessages,
    IReadOnlyList<string> Audiences,
    IReadOnlyList<string> Channels,
    IReadOnlyList<PlanObservanceRef> Observances,
    IReadOnlyList<int> CampaignIds,
    IReadOnlyList<PlanActivityItem> Activities,
    IReadOnlyList<PlanBudgetLineItem> BudgetLines,
    long BudgetTotal,
    int OverdueActivities,
    bool CanEdit,
    DateTime CreatedAt,
    DateTime UpdatedAt);
