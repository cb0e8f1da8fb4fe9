using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Newsroom.Domain;

namespace TuyenGiao.Modules.Features.Newsroom.Data;

internal sealed class PostTagConfiguration : IEntityTypeConfiguration<PostTag>
{
    public void Configure(EntityTypeBuilder<PostTag> builder)
    {
        builder.ToTable("newsroom_post_tags");
        builder.HasKey(t => new { t.PostId, t.Folded });
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Folded).HasMaxLength(100);
        builder.HasIndex(t => t.Folded);
    }
}
