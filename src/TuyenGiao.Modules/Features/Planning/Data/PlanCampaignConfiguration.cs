using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.Data;

/// <summary>Campaign ids without a foreign key to <c>planning_campaigns</c> (see <see cref="PlanCampaign"/>).</summary>
internal sealed class PlanCampaignConfiguration : IEntityTypeConfiguration<PlanCampaign>
{
    public void Configure(EntityTypeBuilder<PlanCampaign> builder)
    {
        builder.ToTable("planning_plan_campaigns");
        builder.HasKey(x => new { x.PlanId, x.CampaignId });
        builder.HasIndex(x => x.CampaignId);
    }
}
