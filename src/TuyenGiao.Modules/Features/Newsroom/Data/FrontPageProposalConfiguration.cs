using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using TuyenGiao.Modules.Features.Organization.Domain;

namespace TuyenGiao.Modules.Features.Newsroom.Data;

internal sealed class FrontPageProposalConfiguration : IEntityTypeConfiguration<FrontPageProposal>
{
    public void Configure(EntityTypeBuilder<FrontPageProposal> builder)
    {
        builder.ToTable("newsroom_front_page_proposals");
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.ProposedByUserId).HasMaxLength(450);
        builder.Property(p => p.DecidedByUserId).HasMaxLength(450);
        builder.Property(p => p.Comment).HasMaxLength(1000);
        builder.HasOne<Post>().WithMany().HasForeignKey(p => p.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.TargetUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.TargetUnitId, p.Status });
        builder.HasIndex(p => p.PostId);
    }
}
