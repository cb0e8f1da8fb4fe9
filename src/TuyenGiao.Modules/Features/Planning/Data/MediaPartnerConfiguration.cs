using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.Data;

internal sealed class MediaPartnerConfiguration : IEntityTypeConfiguration<MediaPartner>
{
    public void Configure(EntityTypeBuilder<MediaPartner> builder)
    {
        builder.ToTable("planning_media_partners");
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.ContactName).HasMaxLength(200);
        builder.Property(p => p.Phone).HasMaxLength(50);
        builder.Property(p => p.Email).HasMaxLength(200);
        builder.Property(p => p.Website).HasMaxLength(500);
        builder.Property(p => p.Notes).HasMaxLength(2000);
        builder.HasIndex(p => p.UnitId);
        builder.HasMany(p => p.Agreements).WithOne().HasForeignKey(a => a.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
