using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Newsroom.Cadence;

namespace TuyenGiao.Modules.Features.Newsroom.Data;

internal sealed class CadenceTargetConfiguration : IEntityTypeConfiguration<CadenceTarget>
{
    public void Configure(EntityTypeBuilder<CadenceTarget> builder)
    {
        builder.ToTable("newsroom_cadence_targets");
        builder.Property(t => t.UpdatedByUserId).HasMaxLength(64);
        builder.HasIndex(t => new { t.UnitId, t.ValidFrom }).IsUnique();
    }
}
