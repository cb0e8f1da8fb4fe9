using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.Data;

internal sealed class CampaignParticipantConfiguration : IEntityTypeConfiguration<CampaignParticipant>
{
    public void Configure(EntityTypeBuilder<CampaignParticipant> builder)
    {
        builder.ToTable("planning_campaign_participants");
        builder.HasKey(p => new { p.CampaignId, p.UnitId });
        builder.HasIndex(p => p.UnitId);
    }
}
