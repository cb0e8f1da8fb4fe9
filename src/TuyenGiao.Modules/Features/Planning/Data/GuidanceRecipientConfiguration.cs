using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.Data;

internal sealed class GuidanceRecipientConfiguration : IEntityTypeConfiguration<GuidanceRecipient>
{
    public void Configure(EntityTypeBuilder<GuidanceRecipient> builder)
    {
        builder.ToTable("planning_guidance_recipients");
        builder.Property(r => r.UnitName).HasMaxLength(300);
        builder.Property(r => r.KindName).HasMaxLength(200);
        builder.Property(r => r.Level).HasConversion<int>();

        // Compared as a range (subtree of a viewer): ordinal collation, as Organization's paths.
        builder.Property(r => r.Path).HasMaxLength(400).HasAnnotation(AppDbContext.OrdinalCollation, true);
        builder.Property(r => r.AcknowledgedBy).HasMaxLength(200);
        builder.Property(r => r.ReportedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.GuidanceId, r.UnitId }).IsUnique();
        builder.HasIndex(r => new { r.GuidanceId, r.Path });
        builder.HasIndex(r => r.UnitId);
    }
}
