using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Identity.Data;
using TuyenGiao.Modules.Features.Newsroom.Media;
using TuyenGiao.Modules.Features.Organization.Domain;

namespace TuyenGiao.Modules.Features.Newsroom.Data;

internal sealed class MediaAssetConfiguration : IEntityTypeConfiguration<MediaAsset>
{
    public void Configure(EntityTypeBuilder<MediaAsset> builder)
    {
        builder.ToTable("newsroom_media");
        builder.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(m => m.ContentType).HasMaxLength(100);
        builder.Property(m => m.FileName).HasMaxLength(MediaLimits.FileNameMaxLength);
        builder.Property(m => m.SearchText).HasMaxLength(2000);
        builder.Property(m => m.Sha256).HasMaxLength(64);
        builder.Property(m => m.StoredName).HasMaxLength(80);
        builder.Property(m => m.CardName).HasMaxLength(80);
        builder.Property(m => m.ThumbName).HasMaxLength(80);
        builder.Property(m => m.AltText).HasMaxLength(MediaLimits.AltTextMaxLength);
        builder.Property(m => m.Caption).HasMaxLength(MediaLimits.CaptionMaxLength);
        builder.Property(m => m.Credit).HasMaxLength(MediaLimits.CreditMaxLength);
        builder.Property(m => m.EmbedUrl).HasMaxLength(MediaLimits.UrlMaxLength);
        builder.Property(m => m.SourceUrl).HasMaxLength(MediaLimits.UrlMaxLength);
        builder.Property(m => m.UploadedByUserId).HasMaxLength(450);
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(m => m.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UploadedByUserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(m => new { m.UnitId, m.DeletedAt, m.CreatedAt });
        builder.HasIndex(m => m.StoredName);
        builder.HasIndex(m => new { m.UnitId, m.Sha256 });
    }
}
