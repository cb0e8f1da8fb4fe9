using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.Data;

internal sealed class CongressTermConfiguration : IEntityTypeConfiguration<CongressTerm>
{
    public void Configure(EntityTypeBuilder<CongressTerm> builder)
    {
        builder.ToTable("planning_congress_terms");
        builder.Property(t => t.Name).HasMaxLength(300);
        builder.Property(t => t.Location).HasMaxLength(300);
        builder.Property(t => t.EndReason).HasMaxLength(1000);
        builder.HasIndex(t => new { t.UnitId, t.StartYear }).IsUnique();
        builder.HasIndex(t => t.CongressStartDate);
    }
}
