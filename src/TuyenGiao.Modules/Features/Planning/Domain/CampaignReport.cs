namespace TuyenGiao.Modules.Features.Planning.Domain;

/// <summary>What one unit did for a campaign over one period: values per indicator.</summary>
internal sealed class CampaignReport
{
    public long Id { get; set; }

    public int CampaignId { get; set; }

    public int UnitId { get; set; }

    public required string UnitName { get; set; }

    /// <summary>The unit's path when it reported, to show a subtree its own reports.</summary>
    public required string UnitPath { get; set; }

    public DateOnly PeriodFrom { get; set; }

    public DateOnly PeriodTo { get; set; }

    public required string ValuesJson { get; set; }

    public string? Note { get; set; }

    public DateTime ReportedAt { get; set; }

    public string? ReportedBy { get; set; }
}
