using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Organization.Domain;

namespace TuyenGiao.Modules.Features.Organization.Data;

internal sealed class OrgUnitConfiguration : IEntityTypeConfiguration<OrgUnit>
{
    public void Configure(EntityTypeBuilder<OrgUnit> builder)
    {
        builder.ToTable("org_units");
        builder.Property(u => u.Code).HasMaxLength(64);
        builder.HasIndex(u => u.Code).IsUnique();
        builder.HasMany(u => u.Versions).WithOne(v => v.Unit).HasForeignKey(v => v.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
