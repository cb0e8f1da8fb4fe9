using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.Data;

internal sealed class CommissionedPieceConfiguration : IEntityTypeConfiguration<CommissionedPiece>
{
    public void Configure(EntityTypeBuilder<CommissionedPiece> builder)
    {
        builder.ToTable("planning_commissioned_pieces");
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.PublishedUrl).HasMaxLength(1000);
        builder.Property(p => p.Notes).HasMaxLength(2000);
        builder.HasIndex(p => new { p.PartnerId, p.DueDate });
        builder.HasIndex(p => p.PlanId);
        builder.HasOne<MediaPartner>().WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Cascade);

        // A plan removed leaves its commissioned pieces with the partner, unlinked.
        builder.HasOne<CommunicationPlan>().WithMany().HasForeignKey(p => p.PlanId).OnDelete(DeleteBehavior.SetNull);
    }
}
