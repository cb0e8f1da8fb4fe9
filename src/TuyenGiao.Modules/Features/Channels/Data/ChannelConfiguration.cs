using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Channels.Domain;

namespace TuyenGiao.Modules.Features.Channels.Data;

internal sealed class ChannelConfiguration : IEntityTypeConfiguration<Channel>
{
    public void Configure(EntityTypeBuilder<Channel> builder)
    {
        builder.ToTable("channels_channels");
        builder.Property(c => c.ExternalId).HasMaxLength(1000);
        builder.Property(c => c.Name).HasMaxLength(300);
        builder.Property(c => c.Administrator).HasMaxLength(300);
        builder.Property(c => c.AccessTokenProtected).HasMaxLength(4000);
        builder.Property(c => c.RefreshTokenProtected).HasMaxLength(4000);
        builder.Property(c => c.CreatedByUserId).HasMaxLength(450);
        builder.HasIndex(c => new { c.UnitId, c.Kind });
        builder.HasIndex(c => new { c.Kind, c.ExternalId });
    }
}
