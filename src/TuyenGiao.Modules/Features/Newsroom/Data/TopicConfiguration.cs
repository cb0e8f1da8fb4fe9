using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Newsroom.Domain;

namespace TuyenGiao.Modules.Features.Newsroom.Data;

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.ToTable("newsroom_topics");
        builder.Property(t => t.Name).HasMaxLength(200);
        builder.Property(t => t.Slug).HasMaxLength(160);
        builder.Property(t => t.Description).HasMaxLength(1000);
        builder.HasIndex(t => t.Slug).IsUnique();
    }
}
