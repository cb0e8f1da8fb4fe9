namespace TuyenGiao.Modules.Features.Planning.Domain;

/// <summary>
/// A campaign or programme (Worker Month, the OSH Action Month, a programme to 2030) a unit runs
/// over a period, with indicators and targets; participating units send activity reports.
/// </summary>
internal sealed class Campaign
{
    public int Id { get; set; }

    public int OwnerUnitId { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    /// <summary>JSON list of report fields, each a number with a target.</summary>
    public required string IndicatorsJson { get; set; }

    public RecipientScope Scope { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<CampaignParticipant> Participants { get; set; } = [];
}
