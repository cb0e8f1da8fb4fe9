using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Channels.Domain;

namespace TuyenGiao.Modules.Features.Channels.Data;

internal sealed class ChannelMetricConfiguration : IEntityTypeConfiguration<ChannelMetric>
{
    public void Configure(EntityTypeBuilder<ChannelMetric> builder)
    {
        builder.ToTable("channels_metrics");
        builder.Property(m => m.Metric).HasMaxLength(40);
        builder.HasIndex(m => new { m.ChannelId, m.Metric, m.TakenAt });
        builder.HasIndex(m => new { m.DeliveryId, m.Metric, m.TakenAt });
        builder.HasOne<Channel>().WithMany().HasForeignKey(m => m.ChannelId).OnDelete(DeleteBehavior.Cascade);
    }
}
