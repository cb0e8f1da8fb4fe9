using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Organization.Domain;

namespace TuyenGiao.Modules.Features.Organization.Data;

internal sealed class OrgRestructuringConfiguration : IEntityTypeConfiguration<OrgRestructuring>
{
    public void Configure(EntityTypeBuilder<OrgRestructuring> builder)
    {
        builder.ToTable("org_restructurings");
        builder.Property(r => r.Summary).HasMaxLength(1000);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.HasIndex(r => r.EffectiveDate);
    }
}
