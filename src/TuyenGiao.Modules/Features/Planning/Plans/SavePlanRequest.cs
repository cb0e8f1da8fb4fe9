namespace TuyenGiao.Modules.Features.Planning.Plans;

/// <summary>
/// Create or replace a communication plan with its activities, budget lines and links (all
/// replaced). <c>kind</c> is Yearly or Thematic; <c>status</c> Draft (default), Approved or
/// Completed; the caller needs EditContent in <c>unitId</c>.
/// </summary>
public sealed record SavePlanRequest(
    int? UnitId,
    string? Title,
    string? Kind,
    int? Year,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? Status,
    string? Objectives,
    IReadOnlyList<string>? KeyMessages,
    IReadOnlyList<string>? Audiences,
    IReadOnlyList<string>? Channels,
    IReadOnlyList<int>? ObservanceIds,
    IReadOnlyList<int>? CampaignIds,
    IReadOnlyList<PlanActivityInput>? Activities,
    IReadOnlyList<PlanBudgetLineInput>? BudgetLines);
