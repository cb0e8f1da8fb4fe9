using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Channels.Domain;

namespace TuyenGiao.Modules.Features.Channels.Data;

internal sealed class DeliveryAttemptConfiguration : IEntityTypeConfiguration<DeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<DeliveryAttempt> builder)
    {
        builder.ToTable("channels_delivery_attempts");
        builder.HasIndex(a => a.DeliveryId);
        builder.HasOne<Delivery>().WithMany().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(a => a.Outcome).HasMaxLength(40);
        builder.Property(a => a.ErrorCode).HasMaxLength(100);
        builder.Property(a => a.Error).HasMaxLength(2000);
        builder.Property(a => a.Detail).HasMaxLength(2000);
    }
}
