using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Organization.Domain;

namespace TuyenGiao.Modules.Features.Organization.Data;

internal sealed class OrgUnitVersionConfiguration : IEntityTypeConfiguration<OrgUnitVersion>
{
    public void Configure(EntityTypeBuilder<OrgUnitVersion> builder)
    {
        builder.ToTable("org_unit_versions");
        builder.Property(v => v.Name).HasMaxLength(300);
        builder.Property(v => v.ShortName).HasMaxLength(150);
        builder.Property(v => v.SearchText).HasMaxLength(500);
        builder.Property(v => v.Path).HasMaxLength(400);
        builder.Property(v => v.Phone).HasMaxLength(50);
        builder.Property(v => v.Email).HasMaxLength(200);
        builder.Property(v => v.Address).HasMaxLength(500);
        builder.Ignore(v => v.IsOpen);
        builder.HasOne(v => v.Kind).WithMany().HasForeignKey(v => v.KindId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(v => v.ParentId).OnDelete(DeleteBehavior.Restrict);

        // "Which version of unit X is valid on D": one seek on (UnitId, ValidTo).
        builder.HasIndex(v => new { v.UnitId, v.ValidTo });

        // Subtree listings: a range on the path (see OrgPathQueries), then the date. Ordinal ordering is
        // required: AppDbContext gives columns marked OrdinalCollation PostgreSQL's "C" collation.
        builder.Property(v => v.Path).HasAnnotation(AppDbContext.OrdinalCollation, true);
        builder.HasIndex(v => new { v.Path, v.ValidTo });

        // Children of a unit on a date.
        builder.HasIndex(v => new { v.ParentId, v.ValidTo });
    }
}
