using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.Data;

internal sealed class PlanActivityConfiguration : IEntityTypeConfiguration<PlanActivity>
{
    public void Configure(EntityTypeBuilder<PlanActivity> builder)
    {
        builder.ToTable("planning_plan_activities");
        builder.Property(a => a.Title).HasMaxLength(500);
        builder.Property(a => a.Description).HasMaxLength(2000);
        builder.Property(a => a.OwnerName).HasMaxLength(200);
        builder.Property(a => a.OwnerUserId).HasMaxLength(64);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(a => a.Deadline);
    }
}
