namespace TuyenGiao.Modules.Features.Planning.Pages;

/// <summary>One editable budget row of the plan page.</summary>
internal sealed class PlanBudgetRow
{
    public string? Item { get; set; }

    public long? Amount { get; set; }

    public string? Source { get; set; }
}
