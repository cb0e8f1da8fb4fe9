using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Identity.Data;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using TuyenGiao.Modules.Features.Organization.Domain;

namespace TuyenGiao.Modules.Features.Newsroom.Data;

internal sealed class PostConfiguration : IEntityTypeConfiguration<Post>
{
    public void Configure(EntityTypeBuilder<Post> builder)
    {
        builder.ToTable("newsroom_posts");
        builder.Property(p => p.Title).HasMaxLength(300);
        builder.Property(p => p.Slug).HasMaxLength(160);
        builder.Property(p => p.Summary).HasMaxLength(1000);
        builder.Property(p => p.SearchTitle).HasMaxLength(300);
        builder.Property(p => p.Format).HasConversion<string>().HasMaxLength(24);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.CoverAlt).HasMaxLength(300);
        builder.Property(p => p.SourceCredit).HasMaxLength(300);
        builder.Property(p => p.VideoUrl).HasMaxLength(500);
        builder.Property(p => p.AuthorUserId).HasMaxLength(450);
        builder.Property(p => p.AuthorName).HasMaxLength(200);
        builder.Property(p => p.ApprovedByUserId).HasMaxLength(450);
        builder.Property(p => p.RejectionComment).HasMaxLength(2000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<OrgUnit>().WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(p => p.AuthorUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Topics).WithOne().HasForeignKey(t => t.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Tags).WithOne().HasForeignKey(t => t.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Attachments).WithOne().HasForeignKey(a => a.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.Status, p.PublishedAt });
        builder.HasIndex(p => new { p.UnitId, p.Status, p.PublishedAt });
        builder.HasIndex(p => new { p.Status, p.PublishAt });
        builder.HasIndex(p => p.Slug);
    }
}
