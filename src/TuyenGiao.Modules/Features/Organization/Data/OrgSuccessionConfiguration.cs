using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Organization.Domain;

namespace TuyenGiao.Modules.Features.Organization.Data;

internal sealed class OrgSuccessionConfiguration : IEntityTypeConfiguration<OrgSuccession>
{
    public void Configure(EntityTypeBuilder<OrgSuccession> builder)
    {
        builder.ToTable("org_successions");
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.PredecessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(s => s.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrgRestructuring>().WithMany().HasForeignKey(s => s.RestructuringId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.PredecessorId);
        builder.HasIndex(s => s.SuccessorId);
    }
}
