using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using TuyenGiao.Modules.Features.Newsroom.Posts;
using TuyenGiao.Modules.Features.Newsroom.Workflow;
using TuyenGiao.Modules.Features.Notifications.Contracts;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Newsroom.Proposals;

/// <summary>
/// Front-page proposals: a unit's editor proposes one of its approved or published posts to a
/// unit above it; that unit's Approver accepts (the post then shows in its section) or declines.
/// </summary>
internal sealed class ProposalService(
    AppDbContext db,
    PostService posts,
    PostUnits units,
    PublicationObservers observers,
    IAccessScope access,
    INotifier notifier,
    IAuditLog audit,
    TimeProvider time)
{
    public const int CommentMax = 1000;

    public async Task<ProposalItem> ProposeAsync(long postId, ProposeRequest request, CancellationToken ct = default)
    {
        var userId = access.UserId ?? throw AppProblemException.Forbidden();
        var post = await posts.LoadAsync(postId, tracked: false, ct);
        await posts.EnsureAllowedAsync(post, PostAction.Propose, ct);
        var comment = Comment(request.Comment);
        if (request.TargetUnitId is not { } targetId)
        {
            throw AppProblemException.Invalid([new FieldError("targetUnitId", Messages.Get("Required", "targetUnitId"))]);
        }

        // The target is judged by its place above the post's unit (a grassroots editor does not see its parent's subtree).
        var unit = await units.GetAsync(post.UnitId, ct);
        if (unit is null || targetId == post.UnitId || !unit.IsWithin(targetId))
        {
            throw AppProblemException.Invalid([new FieldError("targetUnitId", Messages.Get("NewsroomProposalTargetNotAbove"))]);
        }

        if (await db.Set<FrontPageProposal>().AnyAsync(p => p.PostId == postId && p.TargetUnitId == targetId && p.Status == ProposalStatus.Pending, ct))
        {
            throw AppProblemException.Conflict(Messages.Get("NewsroomProposalAlreadyPending"));
        }

        var proposal = new FrontPageProposal
        {
            PostId = postId,
            TargetUnitId = targetId,
            Status = ProposalStatus.Pending,
            ProposedByUserId = userId,
            ProposedAt = time.GetUtcNow().UtcDateTime,
            Comment = comment,
        };
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Add(proposal);
        await db.SaveChangesAsync(ct);
        audit.Record("newsroom.proposal-create", nameof(FrontPageProposal), PostService.Key(proposal.Id), targetId, post.Title);
        await notifier.NotifyUnitAsync(targetId, new Notice(
            "newsroom.proposal", Messages.Get("NewsroomNoticeProposal", await units.NameAsync(post.UnitId, ct), post.Title), comment,
            "/quan-tri/de-xuat-trang-chu", $"newsroom.proposal:{proposal.Id}", Permission.ApproveContent, targetId), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await ItemAsync(proposal, post, ct);
    }

    public Task<ProposalItem> AcceptAsync(long id, DecideRequest request, CancellationToken ct = default) =>
        DecideAsync(id, ProposalStatus.Accepted, request, ct);

    public Task<ProposalItem> DeclineAsync(long id, DecideRequest request, CancellationToken ct = default) =>
        DecideAsync(id, ProposalStatus.Declined, request, ct);

    /// <summary>Proposals to the units the caller approves for (pending by default), and those the caller's units sent.</summary>
    public async Task<PagedResult<ProposalItem>> ListAsync(string? status, PageQuery page, CancellationToken ct = default)
    {
        var wanted = ProposalStatus.Pending;
        if (!string.IsNullOrWhiteSpace(status) && !PostService.TryParse(status, out wanted))
        {
            throw AppProblemException.Invalid([new FieldError("status", Messages.Get("NewsroomBadValue", "status", string.Join(", ", Enum.GetNames<ProposalStatus>())))]);
        }

        var query = db.Set<FrontPageProposal>().AsNoTracking().Where(p => p.Status == wanted);
        var targets = await query.Select(p => p.TargetUnitId).Distinct().ToListAsync(ct);
        var reachable = await units.ReachableAsync(targets, Permission.ApproveContent, null, ct);
        if (reachable is not null)
        {
            query = query.Where(p => reachable.Contains(p.TargetUnitId));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(p => p.ProposedAt).ThenByDescending(p => p.Id).Skip(page.Skip).Take(page.PageSize).ToListAsync(ct);
        var postIds = rows.Select(r => r.PostId).Distinct().ToList();
        var postRows = await db.Set<Post>().AsNoTracking().Where(p => postIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var items = new List<ProposalItem>();
        foreach (var row in rows)
        {
            items.Add(await ItemAsync(row, postRows[row.PostId], ct));
        }

        return new PagedResult<ProposalItem>(items, total);
    }

    private async Task<ProposalItem> DecideAsync(long id, ProposalStatus decision, DecideRequest request, CancellationToken ct)
    {
        var proposal = await db.Set<FrontPageProposal>().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw AppProblemException.NotFound();
        await access.EnsureAsync(Permission.ApproveContent, proposal.TargetUnitId, ct);
        var comment = Comment(request.Comment);
        if (proposal.Status != ProposalStatus.Pending)
        {
            throw AppProblemException.Conflict(Messages.Get("NewsroomProposalDecided", Messages.Get("NewsroomProposalStatus" + proposal.Status)));
        }

        var post = await db.Set<Post>().AsNoTracking().FirstAsync(p => p.Id == proposal.PostId, ct);
        var now = time.GetUtcNow().UtcDateTime;
        proposal.Status = decision;
        proposal.DecidedAt = now;
        proposal.DecidedByUserId = access.UserId;
        proposal.Comment = comment ?? proposal.Comment;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        audit.Record(decision == ProposalStatus.Accepted ? "newsroom.proposal-accept" : "newsroom.proposal-decline", nameof(FrontPageProposal), PostService.Key(id), proposal.TargetUnitId, post.Title);
        await notifier.NotifyUserAsync(proposal.ProposedByUserId, new Notice(
            "newsroom.proposal-decided",
            Messages.Get(decision == ProposalStatus.Accepted ? "NewsroomNoticeProposalAccepted" : "NewsroomNoticeProposalDeclined", post.Title),
            comment, "/quan-tri/bai-viet/" + PostService.Key(post.Id), $"newsroom.proposal-decided:{id}", Permission.EditContent, post.UnitId), ct);

        // An accepted proposal changes what the target unit's section shows: let the portal know.
        PostPublicationEvent? shown = decision == ProposalStatus.Accepted && post.Status == PostStatus.Published
            ? new PostPublicationEvent(PostPublicationKind.Updated, post.Id, post.UnitId, post.Title, PostLinks.PostPath(post.Id, post.Slug), post.PublishedAt ?? now, [], access.UserId)
            : null;
        if (shown is not null)
        {
            await observers.BeforeCommitAsync(shown, ct);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw AppProblemException.Conflict(Messages.Get("NewsroomChangedMeanwhile"));
        }

        await tx.CommitAsync(ct);
        if (shown is not null)
        {
            await observers.AfterCommitAsync(shown, CancellationToken.None);
        }

        return await ItemAsync(proposal, post, ct);
    }

    private static string? Comment(string? raw)
    {
        var comment = VietnameseText.Nfc(raw)?.Trim() ?? string.Empty;
        if (comment.Length > CommentMax)
        {
            throw AppProblemException.Invalid([new FieldError("comment", Messages.Get("TooLong", "comment", CommentMax))]);
        }

        return comment.Length == 0 ? null : comment;
    }

    private async Task<ProposalItem> ItemAsync(FrontPageProposal p, Post post, CancellationToken ct) =>
        new(p.Id, p.PostId, post.Title, post.Status, post.UnitId, await units.NameAsync(post.UnitId, ct), p.TargetUnitId, await units.NameAsync(p.TargetUnitId, ct),
            p.Status, p.ProposedAt, p.DecidedAt, p.Comment, p.Status == ProposalStatus.Pending && await access.CanAsync(Permission.ApproveContent, p.TargetUnitId, ct));
}
