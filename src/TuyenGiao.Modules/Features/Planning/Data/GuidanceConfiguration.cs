using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.Data;

internal sealed class GuidanceConfiguration : IEntityTypeConfiguration<IssuedGuidance>
{
    public void Configure(EntityTypeBuilder<IssuedGuidance> builder)
    {
        builder.ToTable("planning_guidances");
        builder.Property(g => g.IssuerName).HasMaxLength(300);
        builder.Property(g => g.Number).HasMaxLength(50);
        builder.Property(g => g.Title).HasMaxLength(300);
        builder.Property(g => g.KeyMessages).HasMaxLength(4000);
        builder.Property(g => g.IssuedBy).HasMaxLength(450);
        builder.Property(g => g.Scope).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(g => new { g.IssuerUnitId, g.Number }).IsUnique();
        builder.HasMany(g => g.Recipients).WithOne(r => r.Guidance).HasForeignKey(r => r.GuidanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
