namespace TuyenGiao.Modules.Features.Planning.Plans;

public sealed record PlanBudgetLineItem(int Id, string Item, long Amount, string? Source);
