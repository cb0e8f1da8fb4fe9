using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Channels.Domain;

namespace TuyenGiao.Modules.Features.Channels.Data;

internal sealed class ThrottleConfiguration : IEntityTypeConfiguration<Throttle>
{
    public void Configure(EntityTypeBuilder<Throttle> builder)
    {
        builder.ToTable("channels_throttles");
        builder.HasKey(t => t.Key);
        builder.Property(t => t.Key).HasMaxLength(200);
        builder.Property(t => t.Reason).HasMaxLength(500);
    }
}
