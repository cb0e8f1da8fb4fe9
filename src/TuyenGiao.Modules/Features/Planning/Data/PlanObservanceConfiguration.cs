using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.Data;

internal sealed class PlanObservanceConfiguration : IEntityTypeConfiguration<PlanObservance>
{
    public void Configure(EntityTypeBuilder<PlanObservance> builder)
    {
        builder.ToTable("planning_plan_observances");
        builder.HasKey(x => new { x.PlanId, x.ObservanceId });
        builder.HasIndex(x => x.ObservanceId);

        // Removing an observance from the calendar unlinks it from the plans that followed it.
        builder.HasOne<Observance>().WithMany().HasForeignKey(x => x.ObservanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
