using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.Data;

internal sealed class ObservanceConfiguration : IEntityTypeConfiguration<Observance>
{
    public void Configure(EntityTypeBuilder<Observance> builder)
    {
        builder.ToTable("planning_observances");
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Description).HasMaxLength(2000);
        builder.Property(o => o.Calendar).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Category).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(o => o.UnitId);
    }
}
