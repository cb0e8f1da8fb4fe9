using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using TuyenGiao.Modules.Features.Contests.Domain;

namespace TuyenGiao.Modules.Features.Contests.Data;

internal sealed class ContestConfiguration : IEntityTypeConfiguration<Contest>
{
    public void Configure(EntityTypeBuilder<Contest> builder)
    {
        builder.ToTable("contests_contests");
        builder.Property(c => c.Slug).HasMaxLength(120);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Title).HasMaxLength(300);
        builder.Property(c => c.Rules).HasMaxLength(20000);
        builder.Property(c => c.Quotas).HasMaxLength(2000);
        builder.Property(c => c.EssayQuestion).HasMaxLength(2000);
        builder.Property(c => c.EssayMaxPoints).HasDefaultValue(10);
        builder.Property(c => c.PredictionQuestion).HasMaxLength(500);
        builder.Property(c => c.PredictionTruth).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.RankingOrder).HasMaxLength(100);
        builder.HasIndex(c => c.OrganiserUnitId);
        builder.HasMany(c => c.Rounds).WithOne().HasForeignKey(r => r.ContestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContestRoundConfiguration : IEntityTypeConfiguration<ContestRound>
{
    public void Configure(EntityTypeBuilder<ContestRound> builder)
    {
        builder.ToTable("contests_rounds");
        builder.Property(r => r.Title).HasMaxLength(200);
        builder.HasIndex(r => new { r.ContestId, r.Number });
    }
}

internal sealed class ContestQuestionConfiguration : IEntityTypeConfiguration<ContestQuestion>
{
    public void Configure(EntityTypeBuilder<ContestQuestion> builder)
    {
        builder.ToTable("contests_questions");
        builder.Property(q => q.Text).HasMaxLength(2000);
        builder.Property(q => q.FoldedText).HasMaxLength(2000);
        builder.Property(q => q.Category).HasMaxLength(100);
        builder.Property(q => q.Explanation).HasMaxLength(4000);
        builder.HasIndex(q => new { q.ContestId, q.FoldedText });
        builder.HasOne<Contest>().WithMany().HasForeignKey(q => q.ContestId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(q => q.Options).WithOne().HasForeignKey(o => o.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContestOptionConfiguration : IEntityTypeConfiguration<ContestOption>
{
    public void Configure(EntityTypeBuilder<ContestOption> builder)
    {
        builder.ToTable("contests_options");
        builder.Property(o => o.Text).HasMaxLength(1000);
    }
}

internal sealed class ContestParticipantConfiguration : IEntityTypeConfiguration<ContestParticipant>
{
    public void Configure(EntityTypeBuilder<ContestParticipant> builder)
    {
        builder.ToTable("contests_participants");
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Phone).HasMaxLength(40);
        builder.Property(p => p.Email).HasMaxLength(254);
        builder.Property(p => p.SecretHash).HasMaxLength(64);
        builder.HasIndex(p => new { p.ContestId, p.Phone }).IsUnique();
        builder.HasIndex(p => p.UnitId);
        builder.HasOne<Contest>().WithMany().HasForeignKey(p => p.ContestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContestAttemptConfiguration : IEntityTypeConfiguration<ContestAttempt>
{
    public void Configure(EntityTypeBuilder<ContestAttempt> builder)
    {
        builder.ToTable("contests_attempts");
        builder.Property(a => a.Layout).HasMaxLength(4000);
        builder.Property(a => a.TokenHash).HasMaxLength(64);
        builder.Property(a => a.Essay).HasMaxLength(10000);
        builder.Property(a => a.EssayComment).HasMaxLength(2000);
        builder.Property(a => a.EssayGradedBy).HasMaxLength(64);
        builder.Property(a => a.EssayGradedByName).HasMaxLength(256);
        builder.Property(a => a.Flags).HasMaxLength(200);
        builder.Property(a => a.StartIp).HasMaxLength(64);
        builder.HasIndex(a => new { a.RoundId, a.ParticipantId, a.Number }).IsUnique();
        builder.HasIndex(a => new { a.ContestId, a.RoundId, a.SubmittedAt });
        builder.HasOne<ContestParticipant>().WithMany().HasForeignKey(a => a.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ContestRound>().WithMany().HasForeignKey(a => a.RoundId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContestAnswerConfiguration : IEntityTypeConfiguration<ContestAnswer>
{
    public void Configure(EntityTypeBuilder<ContestAnswer> builder)
    {
        builder.ToTable("contests_answers");
        builder.HasKey(a => new { a.AttemptId, a.QuestionId });
        builder.Property(a => a.OptionIds).HasMaxLength(200);
        builder.HasOne<ContestAttempt>().WithMany().HasForeignKey(a => a.AttemptId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.QuestionId);
    }
}

internal sealed class ContestAttemptEventConfiguration : IEntityTypeConfiguration<ContestAttemptEvent>
{
    public void Configure(EntityTypeBuilder<ContestAttemptEvent> builder)
    {
        builder.ToTable("contests_attempt_events");
        builder.Property(e => e.Kind).HasMaxLength(40);
        builder.Property(e => e.Ip).HasMaxLength(64);
        builder.Property(e => e.Detail).HasMaxLength(500);
        builder.HasIndex(e => e.AttemptId);
    }
}
