using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using TuyenGiao.Modules.Features.Newsroom.Revisions;
using TuyenGiao.Modules.Features.Newsroom.Workflow;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Newsroom.Posts;

/// <summary>
/// Posts: list (scoped by the caller's subtrees), get, create and update with optimistic
/// concurrency. Every save validates the whole request first (400 listing each bad field, nothing
/// written), writes a revision when the content changed and an audit entry, in one transaction.
/// </summary>
internal sealed class PostService(
    AppDbContext db,
    IAccessScope access,
    PostUnits units,
    PublicationObservers observers,
    IOptions<NewsroomOptions> options,
    IEnumerable<IMediaFiles> mediaFiles,
    Media.Library.MediaLibrary mediaLibrary,
    IUserNames userNames,
    IAuditLog audit,
    TimeProvider time)
{
    public const int TitleMax = 300;
    public const int SummaryMax = 1000;
    public const int TagMax = 100;
    public const int MaxTags = 20;
    public const int MaxAttachments = 50;
    public const int CreditMax = 300;

    public async Task<PagedResult<PostItem>> ListAsync(PostListQuery query, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        var posts = db.Set<Post>().AsNoTracking();
        if (query.UnitId is { } unitId)
        {
            await access.EnsureAsync(Permission.EditContent, unitId, ct);
        }

        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            if (TryParse<PostStatus>(query.Status, out var status))
            {
                posts = posts.Where(p => p.Status == status);
            }
            else
            {
                errors.Add(new FieldError("status", Messages.Get("NewsroomBadValue", "status", string.Join(", ", Enum.GetNames<PostStatus>()))));
            }
        }

        if (!string.IsNullOrWhiteSpace(query.Format))
        {
            if (TryParse<PostFormat>(query.Format, out var format))
            {
                posts = posts.Where(p => p.Format == format);
            }
            else
            {
                errors.Add(new FieldError("format", Messages.Get("NewsroomBadValue", "format", string.Join(", ", Enum.GetNames<PostFormat>()))));
            }
        }

        DateOnly? from = null, to = null;
        try
        {
            from = DateQuery.Parse(query.From, "from");
            to = DateQuery.Parse(query.To, "to");
        }
        catch (AppProblemException e)
        {
            errors.AddRange(e.Errors);
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        if (query.TopicId is { } topicId)
        {
            posts = posts.Where(p => p.Topics.Any(t => t.TopicId == topicId));
        }

        if (!string.IsNullOrWhiteSpace(query.AuthorUserId))
        {
            posts = posts.Where(p => p.AuthorUserId == query.AuthorUserId);
        }

        if (from is { } f)
        {
            var start = VietnamStart(f);
            posts = posts.Where(p => p.UpdatedAt >= start);
        }

        if (to is { } t)
        {
            var end = VietnamStart(t.AddDays(1));
            posts = posts.Where(p => p.UpdatedAt < end);
        }

        var q = VietnameseText.Fold(query.Q);
        // Every word, in any order: "cho moi hoi thao" finds "… THPT Chợ Mới tổ chức hội thao".
        foreach (var word in q.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            posts = posts.Where(p => p.SearchTitle.Contains(word));
        }

        var reachable = await units.ReachableAsync(await posts.Select(p => p.UnitId).Distinct().ToListAsync(ct), Permission.EditContent, query.UnitId, ct);
        if (reachable is not null)
        {
            posts = posts.Where(p => reachable.Contains(p.UnitId));
        }

        var page = query.Page == default ? new PageQuery(1, 50) : query.Page;
        var total = await posts.CountAsync(ct);
        var rows = await posts.OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .ToListAsync(ct);
        var items = new List<PostItem>(rows.Count);
        foreach (var p in rows)
        {
            items.Add(new PostItem(
                p.Id, p.UnitId, await units.NameAsync(p.UnitId, ct), p.Title, p.Status, p.Format, p.AuthorName, p.UpdatedAt, p.PublishAt, p.PublishedAt,
                p.Status == PostStatus.Published ? PostLinks.PostPath(p.Id, p.Slug) : null, p.Version));
        }

        return new PagedResult<PostItem>(items, total);
    }

    public async Task<PostDetail> GetAsync(long id, CancellationToken ct = default)
    {
        var post = await LoadAsync(id, tracked: false, ct);
        return await DetailAsync(post, ct);
    }

    public async Task<PostDetail> CreateAsync(SavePostRequest request, CancellationToken ct = default)
    {
        var userId = access.UserId ?? throw AppProblemException.Forbidden();
        if (request.UnitId is { } unitId)
        {
            await access.EnsureAsync(Permission.EditContent, unitId, ct);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var post = new Post { AuthorUserId = userId, Status = PostStatus.Draft, CreatedAt = now, UpdatedAt = now, Version = 1 };
        await ApplyAsync(post, request, ct);
        post.AuthorName = await ByLineAsync(request.AuthorName, ct);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Add(post);
        await db.SaveChangesAsync(ct);
        await RevisionWriter.AddAsync(db, post, userId, access.UserName ?? string.Empty, "create", now, ct);
        audit.Record("newsroom.post-create", nameof(Post), Key(post.Id), post.UnitId, post.Title);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return await DetailAsync(post, ct);
    }

    public async Task<PostDetail> UpdateAsync(long id, SavePostRequest request, CancellationToken ct = default)
    {
        var userId = access.UserId ?? throw AppProblemException.Forbidden();
        var post = await LoadAsync(id, tracked: true, ct);
        await EnsureAllowedAsync(post, PostAction.Edit, ct);
        if (request.Version is null)
        {
            throw AppProblemException.Invalid([new FieldError("version", Messages.Get("Required", "version"))]);
        }

        EnsureVersion(post, request.Version);
        if (request.UnitId is { } unitId && unitId != post.UnitId)
        {
            await access.EnsureAsync(Permission.EditContent, unitId, ct);
        }

        var before = (post.Title, post.Summary, post.BodyHtml);
        await ApplyAsync(post, request, ct);
        if (!string.IsNullOrWhiteSpace(request.AuthorName))
        {
            post.AuthorName = await ByLineAsync(request.AuthorName, ct);
        }

        var now = time.GetUtcNow().UtcDateTime;
        post.UpdatedAt = now;
        post.Version++;

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (before != (post.Title, post.Summary, post.BodyHtml))
        {
            await RevisionWriter.AddAsync(db, post, userId, access.UserName ?? string.Empty, "update", now, ct);
        }

        audit.Record("newsroom.post-update", nameof(Post), Key(post.Id), post.UnitId, post.Title);
        PostPublicationEvent? updated = post.Status == PostStatus.Published
            ? new PostPublicationEvent(PostPublicationKind.Updated, post.Id, post.UnitId, post.Title, PostLinks.PostPath(post.Id, post.Slug), post.PublishedAt ?? now, [], userId)
            : null;
        if (updated is not null)
        {
            await observers.BeforeCommitAsync(updated, ct);
        }

        await SaveAsync(ct);
        await tx.CommitAsync(ct);
        if (updated is not null)
        {
            await observers.AfterCommitAsync(updated, CancellationToken.None);
        }

        return await DetailAsync(post, ct);
    }

    /// <summary>The active topics, in their order (for the editor's choices).</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> TopicsAsync(CancellationToken ct = default) =>
        (await db.Set<Topic>().AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.SortOrder).Select(t => new { t.Id, t.Name }).ToListAsync(ct))
            .Select(t => (t.Id, t.Name)).ToList();

    /// <summary>The post (with topics, tags, attachments) if the caller may edit content in its unit; 404 otherwise.</summary>
    internal async Task<Post> LoadAsync(long id, bool tracked, CancellationToken ct)
    {
        var query = db.Set<Post>().Include(p => p.Topics).Include(p => p.Tags).Include(p => p.Attachments).AsSplitQuery().Where(p => p.Id == id);
        var post = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct) ?? throw AppProblemException.NotFound();
        if (!await access.CanAsync(Permission.EditContent, post.UnitId, ct))
        {
            throw AppProblemException.NotFound();
        }

        return post;
    }

    /// <summary>Throws 403 (no right) or 409 (not from this status) unless the caller may take <paramref name="action"/> now.</summary>
    internal async Task EnsureAllowedAsync(Post post, string action, CancellationToken ct)
    {
        var canEdit = await access.CanAsync(Permission.EditContent, post.UnitId, ct);
        var canApprove = await access.CanAsync(Permission.ApproveContent, post.UnitId, ct);
        var blocked = action == PostAction.Approve && await SecondApproverBlocksAsync(post, ct);
        if (WorkflowRules.Allows(action, post.Status, canEdit, canApprove, blocked))
        {
            return;
        }

        var needsApproval = action is PostAction.Approve or PostAction.Reject or PostAction.Publish or PostAction.Unpublish or PostAction.Archive or PostAction.Restore;
        if ((needsApproval && !canApprove) || !canEdit)
        {
            throw AppProblemException.Forbidden(Messages.Get("NewsroomActionForbidden", Messages.Get("NewsroomAction_" + action)));
        }

        if (blocked && canApprove && post.Status == PostStatus.Submitted)
        {
            throw AppProblemException.Forbidden(Messages.Get("NewsroomSecondApproverRequired"));
        }

        if (WorkflowRules.Allows(action, post.Status, canEdit: true, canApprove: true))
        {
            throw AppProblemException.Forbidden(Messages.Get("NewsroomActionForbidden", Messages.Get("NewsroomAction_" + action)));
        }

        throw AppProblemException.Conflict(Messages.Get("NewsroomActionNotInStatus", Messages.Get("NewsroomAction_" + action), Messages.Get("NewsroomStatus" + post.Status)));
    }

    /// <summary>True when the second-approver rule covers the post's unit and the caller wrote it.</summary>
    internal async Task<bool> SecondApproverBlocksAsync(Post post, CancellationToken ct)
    {
        if (post.AuthorUserId != access.UserId)
        {
            return false;
        }

        var rule = options.Value;
        if (rule.RequireSecondApprover)
        {
            return true;
        }

        if (rule.SecondApproverUnitIds.Count == 0)
        {
            return false;
        }

        var unit = await units.GetAsync(post.UnitId, ct);
        return unit is not null && rule.SecondApproverUnitIds.Any(unit.IsWithin);
    }

    internal static void EnsureVersion(Post post, int? expected)
    {
        if (expected is { } v && v != post.Version)
        {
            throw AppProblemException.Conflict(Messages.Get("NewsroomStaleVersion", v, post.Version));
        }
    }

    /// <summary>SaveChanges turning a lost race (concurrency token) into the same 409 as a stale version.</summary>
    internal async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw AppProblemException.Conflict(Messages.Get("NewsroomChangedMeanwhile"));
        }
    }

    internal async Task<PostDetail> DetailAsync(Post post, CancellationToken ct)
    {
        var canEdit = await access.CanAsync(Permission.EditContent, post.UnitId, ct);
        var canApprove = await access.CanAsync(Permission.ApproveContent, post.UnitId, ct);
        var blocked = await SecondApproverBlocksAsync(post, ct);
        var unit = await units.GetAsync(post.UnitId, ct);
        return new PostDetail(
            post.Id,
            post.UnitId,
            unit?.Name ?? Key(post.UnitId),
            post.Title,
            post.Slug,
            post.Summary,
            post.BodyHtml,
            post.Status,
            post.Format,
            post.Topics.Select(t => t.TopicId).Order().ToList(),
            post.Tags.Select(t => t.Name).Order(StringComparer.Ordinal).ToList(),
            post.CoverMediaId,
            post.CoverAlt,
            post.SourceCredit,
            post.VideoUrl,
            post.Attachments.OrderBy(a => a.SortOrder).Select(a => new AttachmentItem(a.MediaId, a.Caption)).ToList(),
            post.AuthorUserId,
            post.AuthorName,
            post.CreatedAt,
            post.UpdatedAt,
            post.SubmittedAt,
            post.ApprovedAt,
            post.PublishAt,
            post.PublishedAt,
            PostPublisher.ParseChannels(post.ScheduledChannelIds),
            post.RejectionComment,
            PostLinks.PostPath(post.Id, post.Slug),
            post.Version,
            WorkflowRules.Actions(post.Status, canEdit, canApprove, blocked, unit?.ParentId is not null));
    }

    /// <summary>
    /// The byline the portal shows: what the official wrote, else the author's full name; never an
    /// e-mail address (the sign-in name) — as a last resort only the part before the @.
    /// </summary>
    private async Task<string> ByLineAsync(string? requested, CancellationToken ct)
    {
        var name = VietnameseText.CleanLine(requested);
        if (name.Contains('@', StringComparison.Ordinal))
        {
            name = string.Empty;
        }

        if (name.Length == 0 && access.UserId is { } userId)
        {
            name = VietnameseText.CleanLine(await userNames.FullNameAsync(userId, ct));
        }

        if (name.Length == 0)
        {
            var signIn = access.UserName ?? string.Empty;
            var at = signIn.IndexOf('@', StringComparison.Ordinal);
            name = at >= 0 ? signIn[..at] : signIn;
        }

        return name.Length > 200 ? name[..200] : name;
    }

    /// <summary>Validates the whole request, then copies it; throws 400 listing every bad field having changed nothing.</summary>
    private async Task ApplyAsync(Post post, SavePostRequest request, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        if (request.UnitId is null)
        {
            errors.Add(new FieldError("unitId", Messages.Get("Required", "unitId")));
        }

        var title = VietnameseText.CleanLine(request.Title);
        if (title.Length == 0)
        {
            errors.Add(new FieldError("title", Messages.Get("Required", "title")));
        }
        else if (title.Length > TitleMax)
        {
            errors.Add(new FieldError("title", Messages.Get("TooLong", "title", TitleMax)));
        }

        if (request.Summary is { } summary && summary.Trim().Length > SummaryMax)
        {
            errors.Add(new FieldError("summary", Messages.Get("TooLong", "summary", SummaryMax)));
        }

        var format = PostFormat.News;
        if (!string.IsNullOrWhiteSpace(request.Format) && !TryParse(request.Format, out format))
        {
            errors.Add(new FieldError("format", Messages.Get("NewsroomBadValue", "format", string.Join(", ", Enum.GetNames<PostFormat>()))));
        }

        var topicIds = (request.TopicIds ?? []).Distinct().ToList();
        if (topicIds.Count > 0)
        {
            var known = await db.Set<Topic>().Where(t => topicIds.Contains(t.Id) && t.IsActive).Select(t => t.Id).ToListAsync(ct);
            foreach (var missing in topicIds.Except(known))
            {
                errors.Add(new FieldError("topicIds", Messages.Get("NewsroomUnknownTopic", missing)));
            }
        }

        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in request.Tags ?? [])
        {
            var tag = VietnameseText.CleanLine(raw);
            if (tag.Length == 0)
            {
                continue;
            }

            if (tag.Length > TagMax)
            {
                errors.Add(new FieldError("tags", Messages.Get("TooLong", "tags", TagMax)));
                continue;
            }

            tags.TryAdd(VietnameseText.Fold(tag), tag);
        }

        if (tags.Count > MaxTags)
        {
            errors.Add(new FieldError("tags", Messages.Get("NewsroomTooMany", "tags", MaxTags)));
        }

        var coverAlt = VietnameseText.CleanLine(request.CoverAlt);
        if (coverAlt.Length > 300)
        {
            errors.Add(new FieldError("coverAlt", Messages.Get("TooLong", "coverAlt", 300)));
        }

        if (request.CoverMediaId is not null && coverAlt.Length == 0)
        {
            errors.Add(new FieldError("coverAlt", Messages.Get("NewsroomCoverAltRequired")));
        }

        var credit = VietnameseText.CleanLine(request.SourceCredit);
        if (credit.Length > CreditMax)
        {
            errors.Add(new FieldError("sourceCredit", Messages.Get("TooLong", "sourceCredit", CreditMax)));
        }

        var videoUrl = (request.VideoUrl ?? string.Empty).Trim();
        if (videoUrl.Length > 0 && (videoUrl.Length > 500 || !Uri.TryCreate(videoUrl, UriKind.Absolute, out var video) || video.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add(new FieldError("videoUrl", Messages.Get("NewsroomBadVideoUrl")));
        }

        var attachments = request.Attachments ?? [];
        if (attachments.Count > MaxAttachments)
        {
            errors.Add(new FieldError("attachments", Messages.Get("NewsroomTooMany", "attachments", MaxAttachments)));
        }

        for (var i = 0; i < attachments.Count; i++)
        {
            if (attachments[i].MediaId is null)
            {
                errors.Add(new FieldError($"attachments[{i}].mediaId", Messages.Get("Required", "mediaId")));
            }

            if (attachments[i].Caption is { Length: > 300 })
            {
                errors.Add(new FieldError($"attachments[{i}].caption", Messages.Get("TooLong", "caption", 300)));
            }
        }

        var mediaIds = attachments.Select(a => a.MediaId).OfType<long>().Concat(request.CoverMediaId is { } c ? [c] : []).Distinct().ToList();
        if (mediaIds.Count > 0 && mediaFiles.FirstOrDefault() is { } library)
        {
            var found = await library.GetManyAsync(mediaIds, ct);
            foreach (var missing in mediaIds.Where(m => !found.ContainsKey(m)))
            {
                errors.Add(new FieldError(missing == request.CoverMediaId ? "coverMediaId" : "attachments", Messages.Get("NewsroomUnknownMedia", missing)));
            }
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        // Before the post changes: the library saves its entries through the same context.
        var bodyHtml = await PastedImages.ToLibraryAsync(request.BodyHtml, request.UnitId!.Value, mediaLibrary, ct);

        post.UnitId = request.UnitId!.Value;
        post.Format = format;
        post.CoverMediaId = request.CoverMediaId;
        post.CoverAlt = coverAlt.Length == 0 ? null : coverAlt;
        post.SourceCredit = credit.Length == 0 ? null : credit;
        post.VideoUrl = videoUrl.Length == 0 ? null : videoUrl;
        var slug = VietnameseText.Slugify(title, 120);
        post.Slug = slug.Length == 0 ? "bai-viet" : slug;

        post.Topics.RemoveAll(t => !topicIds.Contains(t.TopicId));
        foreach (var topicId in topicIds.Where(t => post.Topics.All(x => x.TopicId != t)))
        {
            post.Topics.Add(new PostTopic { TopicId = topicId });
        }

        post.Tags.RemoveAll(t => !tags.ContainsKey(t.Folded));
        foreach (var tag in post.Tags)
        {
            tag.Name = tags[tag.Folded];
        }

        foreach (var (folded, name) in tags.Where(kv => post.Tags.All(t => t.Folded != kv.Key)))
        {
            post.Tags.Add(new PostTag { Name = name, Folded = folded });
        }

        post.Attachments.Clear();
        var order = 0;
        foreach (var a in attachments)
        {
            post.Attachments.Add(new PostAttachment { MediaId = a.MediaId!.Value, Caption = VietnameseText.CleanLine(a.Caption) is { Length: > 0 } cap ? cap : null, SortOrder = ++order });
        }

        post.SetContent(title, request.Summary?.Trim(), bodyHtml);
    }

    internal static bool TryParse<TEnum>(string value, out TEnum result)
        where TEnum : struct, Enum =>
        Enum.TryParse(value.Trim(), ignoreCase: true, out result) && Enum.IsDefined(result) && !int.TryParse(value, out _);

    internal static DateTime VietnamStart(DateOnly date) =>
        TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(TimeOnly.MinValue), VietnamTime.Zone);

    internal static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
