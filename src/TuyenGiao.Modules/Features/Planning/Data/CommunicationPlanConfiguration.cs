using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.Data;

internal sealed class CommunicationPlanConfiguration : IEntityTypeConfiguration<CommunicationPlan>
{
    public void Configure(EntityTypeBuilder<CommunicationPlan> builder)
    {
        builder.ToTable("planning_plans");
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.Objectives).HasMaxLength(8000);
        builder.Property(p => p.KeyMessages).HasMaxLength(8000);
        builder.Property(p => p.Audiences).HasMaxLength(4000);
        builder.Property(p => p.Channels).HasMaxLength(4000);
        builder.HasIndex(p => new { p.UnitId, p.Year });
        builder.HasIndex(p => p.Year);
        builder.HasMany(p => p.Activities).WithOne().HasForeignKey(a => a.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.BudgetLines).WithOne().HasForeignKey(b => b.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Observances).WithOne().HasForeignKey(o => o.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Campaigns).WithOne().HasForeignKey(c => c.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
