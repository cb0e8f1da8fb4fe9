namespace TuyenGiao.Modules.Features.Planning.Domain;

/// <summary>One line of a plan's budget: what, how much (whole đồng) and from which source.</summary>
internal sealed class PlanBudgetLine
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int SortOrder { get; set; }

    public required string Item { get; set; }

    /// <summary>Amount in Vietnamese đồng (no minor unit).</summary>
    public long Amount { get; set; }

    public string? Source { get; set; }
}
