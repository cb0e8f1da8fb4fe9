using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Newsroom.Domain;

namespace TuyenGiao.Modules.Features.Newsroom.Data;

internal sealed class PostAttachmentConfiguration : IEntityTypeConfiguration<PostAttachment>
{
    public void Configure(EntityTypeBuilder<PostAttachment> builder)
    {
        builder.ToTable("newsroom_post_attachments");
        builder.Property(a => a.Caption).HasMaxLength(300);
        builder.HasIndex(a => a.PostId);
    }
}
