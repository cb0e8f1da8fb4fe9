using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.Data;

internal sealed class CampaignReportConfiguration : IEntityTypeConfiguration<CampaignReport>
{
    public void Configure(EntityTypeBuilder<CampaignReport> builder)
    {
        builder.ToTable("planning_campaign_reports");
        builder.Property(r => r.UnitName).HasMaxLength(300);
        builder.Property(r => r.UnitPath).HasMaxLength(400).HasAnnotation(AppDbContext.OrdinalCollation, true);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.Property(r => r.ReportedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.CampaignId, r.UnitId, r.PeriodFrom }).IsUnique();
        builder.HasIndex(r => new { r.CampaignId, r.PeriodTo });
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
    }
}
