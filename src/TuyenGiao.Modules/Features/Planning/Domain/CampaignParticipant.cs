namespace TuyenGiao.Modules.Features.Planning.Domain;

/// <summary>A unit chosen to take part in a campaign (campaigns for the whole subtree have none).</summary>
internal sealed class CampaignParticipant
{
    public int CampaignId { get; set; }

    public int UnitId { get; set; }
}
