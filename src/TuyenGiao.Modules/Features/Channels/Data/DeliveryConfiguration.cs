using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Channels.Domain;

namespace TuyenGiao.Modules.Features.Channels.Data;

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        builder.ToTable("channels_deliveries");

        // A post goes to a channel once: publishing twice (or a scheduler running twice) adds no second row.
        builder.HasIndex(d => new { d.PostId, d.ChannelId }).IsUnique();

        // The worker's scan: due rows by status and time.
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasIndex(d => d.ChannelId);
        builder.HasOne<Channel>().WithMany().HasForeignKey(d => d.ChannelId).OnDelete(DeleteBehavior.Restrict);
        // The worker's result is saved only while it still holds the claim (a taken-over row is not overwritten).
        builder.Property(d => d.ClaimToken).IsConcurrencyToken();
        builder.Property(d => d.RemoteId).HasMaxLength(200);
        builder.Property(d => d.LastErrorCode).HasMaxLength(100);
        builder.Property(d => d.LastError).HasMaxLength(2000);
        builder.Property(d => d.RequestedByUserId).HasMaxLength(450);
    }
}
