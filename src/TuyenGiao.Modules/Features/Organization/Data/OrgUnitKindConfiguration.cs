using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Organization.Domain;

namespace TuyenGiao.Modules.Features.Organization.Data;

internal sealed class OrgUnitKindConfiguration : IEntityTypeConfiguration<OrgUnitKind>
{
    public void Configure(EntityTypeBuilder<OrgUnitKind> builder)
    {
        builder.ToTable("org_unit_kinds");
        builder.Property(k => k.Code).HasMaxLength(64);
        builder.Property(k => k.Name).HasMaxLength(200);
        builder.Property(k => k.NameEn).HasMaxLength(200);
        builder.HasIndex(k => k.Code).IsUnique();
    }
}
