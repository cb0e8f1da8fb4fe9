using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.Modules.Features.Planning.Data;

internal sealed class MediaAgreementConfiguration : IEntityTypeConfiguration<MediaAgreement>
{
    public void Configure(EntityTypeBuilder<MediaAgreement> builder)
    {
        builder.ToTable("planning_media_agreements");
        builder.Property(a => a.Title).HasMaxLength(300);
        builder.Property(a => a.Terms).HasMaxLength(8000);
        builder.Property(a => a.AttachmentUrl).HasMaxLength(1000);
    }
}
