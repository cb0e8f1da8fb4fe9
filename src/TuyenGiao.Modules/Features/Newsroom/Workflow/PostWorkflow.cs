using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using TuyenGiao.Modules.Features.Newsroom.Posts;
using TuyenGiao.Modules.Features.Notifications.Contracts;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Newsroom.Workflow;

/// <summary>
/// The editorial workflow: Draft → Submitted → Approved → Published (now, or Scheduled for a
/// time) → Unpublished / Archived; reject returns to Draft with a comment; restore brings an
/// unpublished or archived post back to Draft. Each step checks the caller's rights on the
/// post's unit (<see cref="WorkflowRules"/>), records an audit entry and, where the public sees a
/// change, calls the publication observers inside the transaction.
/// </summary>
internal sealed class PostWorkflow(
    AppDbContext db,
    PostService posts,
    PostPublisher publisher,
    PublicationObservers observers,
    IAccessScope access,
    INotifier notifier,
    IAuditLog audit,
    IEnumerable<IPublicationTargetsValidator> targets,
    TimeProvider time)
{
    public const int CommentMax = 2000;

    /// <summary>A publication time closer than this is "now".</summary>
    private static readonly TimeSpan NowTolerance = TimeSpan.FromSeconds(30);

    public async Task<PostDetail> SubmitAsync(long id, WorkflowRequest request, CancellationToken ct = default)
    {
        var post = await StartAsync(id, PostAction.Submit, request, ct);
        var errors = new List<FieldError>();
        if (post.BodyText.Trim().Length == 0 && post.VideoUrl is null && post.Attachments.Count == 0)
        {
            errors.Add(new FieldError("bodyHtml", Messages.Get("NewsroomBodyRequired")));
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        var now = Now();
        post.Status = PostStatus.Submitted;
        post.SubmittedAt = now;
        post.RejectionComment = null;
        await notifier.NotifyUnitAsync(post.UnitId, new Notice(
            "newsroom.submitted", Messages.Get("NewsroomNoticeSubmitted", post.Title), null, Link(post.Id),
            $"newsroom.submitted:{post.Id}:{post.Version}", Permission.ApproveContent, post.UnitId), ct);
        return await FinishAsync(post, "newsroom.post-submit", null, ct);
    }

    public async Task<PostDetail> ApproveAsync(long id, WorkflowRequest request, CancellationToken ct = default)
    {
        var post = await StartAsync(id, PostAction.Approve, request, ct);
        post.Status = PostStatus.Approved;
        post.ApprovedAt = Now();
        post.ApprovedByUserId = access.UserId;
        post.RejectionComment = null;
        return await FinishAsync(post, "newsroom.post-approve", null, ct);
    }

    public async Task<PostDetail> RejectAsync(long id, WorkflowRequest request, CancellationToken ct = default)
    {
        var comment = VietnameseText.Nfc(request.Comment)?.Trim() ?? string.Empty;
        if (comment.Length == 0)
        {
            throw AppProblemException.Invalid([new FieldError("comment", Messages.Get("NewsroomRejectCommentRequired"))]);
        }

        if (comment.Length > CommentMax)
        {
            throw AppProblemException.Invalid([new FieldError("comment", Messages.Get("TooLong", "comment", CommentMax))]);
        }

        var post = await StartAsync(id, PostAction.Reject, request, ct);
        post.Status = PostStatus.Draft;
        post.RejectionComment = comment;
        post.ApprovedAt = null;
        post.ApprovedByUserId = null;
        post.PublishAt = null;
        post.ScheduledChannelIds = null;
        post.ScheduledByUserId = null;
        await notifier.NotifyUserAsync(post.AuthorUserId, new Notice(
            "newsroom.rejected", Messages.Get("NewsroomNoticeRejected", post.Title), comment, Link(post.Id),
            $"newsroom.rejected:{post.Id}:{post.Version}", Permission.EditContent, post.UnitId), ct);
        return await FinishAsync(post, "newsroom.post-reject", comment, ct);
    }

    /// <summary>Publishes now, or schedules when <see cref="WorkflowRequest.At"/> is later than now.</summary>
    public async Task<PostDetail> PublishAsync(long id, WorkflowRequest request, CancellationToken ct = default)
    {
        var channels = (request.ChannelIds ?? []).Distinct().ToList();
        var now = Now();
        if (request.At is { } at && at.UtcDateTime > now + NowTolerance)
        {
            if (at.UtcDateTime > now.AddYears(1))
            {
                throw AppProblemException.Invalid([new FieldError("at", Messages.Get("NewsroomScheduleTooFar"))]);
            }

            var scheduled = await StartAsync(id, PostAction.Publish, request, ct);
            if (scheduled.Status == PostStatus.Unpublished)
            {
                throw AppProblemException.Conflict(Messages.Get("NewsroomActionNotInStatus", Messages.Get("NewsroomAction_schedule"), Messages.Get("NewsroomStatus" + scheduled.Status)));
            }

            // The channels are checked now (the channels module answers), not only when the schedule fires.
            foreach (var validator in targets)
            {
                await validator.ValidateAsync(scheduled.UnitId, channels, ct);
            }

            scheduled.Status = PostStatus.Scheduled;
            scheduled.PublishAt = at.UtcDateTime;
            scheduled.ScheduledChannelIds = PostPublisher.FormatChannels(channels);
            scheduled.ScheduledByUserId = access.UserId;
            return await FinishAsync(scheduled, "newsroom.post-schedule", VietnamTime.Format(at.UtcDateTime), ct);
        }

        var post = await posts.LoadAsync(id, tracked: false, ct);
        await posts.EnsureAllowedAsync(post, PostAction.Publish, ct);
        PostService.EnsureVersion(post, request.Version);
        if (channels.Count == 0 && post.Status == PostStatus.Scheduled)
        {
            channels = [.. PostPublisher.ParseChannels(post.ScheduledChannelIds)];
        }

        if (!await publisher.PublishAsync(post.Id, post.Status, post.Version, channels, access.UserId, "manual", ct))
        {
            throw AppProblemException.Conflict(Messages.Get("NewsroomChangedMeanwhile"));
        }

        db.ChangeTracker.Clear();
        return await posts.GetAsync(id, ct);
    }

    /// <summary>Takes a published post off the portal (Unpublished), or cancels a schedule (back to Approved).</summary>
    public async Task<PostDetail> UnpublishAsync(long id, WorkflowRequest request, CancellationToken ct = default)
    {
        var post = await StartAsync(id, PostAction.Unpublish, request, ct);
        if (post.Status == PostStatus.Scheduled)
        {
            post.Status = PostStatus.Approved;
            post.PublishAt = null;
            post.ScheduledChannelIds = null;
            post.ScheduledByUserId = null;
            return await FinishAsync(post, "newsroom.post-unschedule", null, ct);
        }

        var wasLive = post.Status == PostStatus.Published;
        post.Status = PostStatus.Unpublished;
        post.WithdrawnAt = Now();
        return await FinishAsync(post, "newsroom.post-unpublish", request.Comment, ct, withdrawn: wasLive);
    }

    public async Task<PostDetail> ArchiveAsync(long id, WorkflowRequest request, CancellationToken ct = default)
    {
        var post = await StartAsync(id, PostAction.Archive, request, ct);
        var wasLive = post.Status == PostStatus.Published;
        post.Status = PostStatus.Archived;
        post.PublishAt = null;
        post.ScheduledChannelIds = null;
        if (wasLive)
        {
            post.WithdrawnAt = Now();
        }

        return await FinishAsync(post, "newsroom.post-archive", request.Comment, ct, withdrawn: wasLive);
    }

    public async Task<PostDetail> RestoreAsync(long id, WorkflowRequest request, CancellationToken ct = default)
    {
        var post = await StartAsync(id, PostAction.Restore, request, ct);
        post.Status = PostStatus.Draft;
        post.ApprovedAt = null;
        post.ApprovedByUserId = null;
        return await FinishAsync(post, "newsroom.post-restore", null, ct);
    }

    private async Task<Post> StartAsync(long id, string action, WorkflowRequest request, CancellationToken ct)
    {
        var post = await posts.LoadAsync(id, tracked: true, ct);
        await posts.EnsureAllowedAsync(post, action, ct);
        PostService.EnsureVersion(post, request.Version);
        return post;
    }

    private async Task<PostDetail> FinishAsync(Post post, string auditAction, string? details, CancellationToken ct, bool withdrawn = false)
    {
        var now = Now();
        post.UpdatedAt = now;
        post.Version++;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        audit.Record(auditAction, nameof(Post), PostService.Key(post.Id), post.UnitId, details is null ? post.Title : post.Title + " — " + details);
        PostPublicationEvent? publication = withdrawn
            ? new PostPublicationEvent(PostPublicationKind.Withdrawn, post.Id, post.UnitId, post.Title, PostLinks.PostPath(post.Id, post.Slug), post.PublishedAt ?? now, [], access.UserId)
            : null;
        if (publication is not null)
        {
            await observers.BeforeCommitAsync(publication, ct);
        }

        await posts.SaveAsync(ct);
        await tx.CommitAsync(ct);
        if (publication is not null)
        {
            await observers.AfterCommitAsync(publication, CancellationToken.None);
        }

        return await posts.DetailAsync(post, ct);
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    private static string Link(long id) => "/quan-tri/bai-viet/" + PostService.Key(id);
}
