namespace TuyenGiao.Modules.Features.Planning.Domain;

/// <summary>
/// A plan serves a campaign (link table). The campaign id is kept without a foreign key: campaigns
/// are a separate part of the module and a link must not block their removal.
/// </summary>
internal sealed class PlanCampaign
{
    public int PlanId { get; set; }

    public int CampaignId { get; set; }
}
