namespace TuyenGiao.Modules.Features.Planning.Plans;

/// <summary>One budget line: <c>amount</c> in whole đồng.</summary>
public sealed record PlanBudgetLineInput(string? Item, long? Amount, string? Source);
