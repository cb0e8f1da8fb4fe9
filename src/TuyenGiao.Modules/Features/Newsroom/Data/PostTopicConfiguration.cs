using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Newsroom.Domain;

namespace TuyenGiao.Modules.Features.Newsroom.Data;

internal sealed class PostTopicConfiguration : IEntityTypeConfiguration<PostTopic>
{
    public void Configure(EntityTypeBuilder<PostTopic> builder)
    {
        builder.ToTable("newsroom_post_topics");
        builder.HasKey(t => new { t.PostId, t.TopicId });
        builder.HasOne<Topic>().WithMany().HasForeignKey(t => t.TopicId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => t.TopicId);
    }
}
