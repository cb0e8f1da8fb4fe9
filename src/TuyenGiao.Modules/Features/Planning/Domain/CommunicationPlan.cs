namespace TuyenGiao.Modules.Features.Planning.Domain;

/// <summary>
/// A unit's communication plan (kế hoạch tuyên truyền) for a year or a theme: objectives, key
/// messages and slogans, audiences and channels, the observances and campaigns it serves, its
/// activities and its budget. Lists of short lines (messages, audiences, channels) are stored one
/// per line.
/// </summary>
internal sealed class CommunicationPlan
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public required string Title { get; set; }

    public PlanKind Kind { get; set; }

    public int Year { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? EndDate { get; set; }

    public PlanStatus Status { get; set; }

    public string? Objectives { get; set; }

    /// <summary>Key messages and slogans, one per line.</summary>
    public string? KeyMessages { get; set; }

    /// <summary>Audiences, one per line.</summary>
    public string? Audiences { get; set; }

    /// <summary>Channels (fanpage, website, newspaper, loudspeakers…), one per line.</summary>
    public string? Channels { get; set; }

    public List<PlanActivity> Activities { get; set; } = [];

    public List<PlanBudgetLine> BudgetLines { get; set; } = [];

    public List<PlanObservance> Observances { get; set; } = [];

    public List<PlanCampaign> Campaigns { get; set; } = [];

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
