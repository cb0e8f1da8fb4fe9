using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;

namespace TuyenGiao.Modules.Features.Newsroom.Published;

/// <summary>The portal's read side: published posts only, as cards, articles, feed items and sitemap entries.</summary>
internal sealed class PublishedPostQueries(AppDbContext db, PostDecorations decorations) : IPublishedPosts
{
    private const int FeaturedCount = 3;

    private IQueryable<Post> Live => db.Set<Post>().AsNoTracking().Where(p => p.Status == PostStatus.Published && p.PublishedAt != null);

    public async Task<PortalHomeData> GetHomeAsync(int latestCount = 10, int perTopic = 4, CancellationToken ct = default)
    {
        var featured = await CardsAsync(Live.Where(p => p.IsFeatured).OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Take(FeaturedCount), ct);
        var featuredIds = featured.Select(f => f.Id).ToList();
        var latest = await CardsAsync(Live.Where(p => !featuredIds.Contains(p.Id)).OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Take(latestCount), ct);
        var sections = new List<TopicSection>();
        foreach (var topic in await GetTopicsAsync(ct))
        {
            var topicId = topic.Id;
            var posts = await CardsAsync(Live.Where(p => p.Topics.Any(t => t.TopicId == topicId)).OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Take(perTopic), ct);
            if (posts.Count > 0)
            {
                sections.Add(new TopicSection(topic, posts));
            }
        }

        return new PortalHomeData(featured, latest, sections);
    }

    public async Task<IReadOnlyList<PublishedTopic>> GetTopicsAsync(CancellationToken ct = default) =>
        await db.Set<Topic>().AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.SortOrder).ThenBy(t => t.Id)
            .Select(t => new PublishedTopic(t.Id, t.Name, t.Slug, t.Description)).ToListAsync(ct);

    public async Task<PublishedTopic?> GetTopicAsync(string slug, CancellationToken ct = default) =>
        await db.Set<Topic>().AsNoTracking().Where(t => t.IsActive && t.Slug == slug)
            .Select(t => new PublishedTopic(t.Id, t.Name, t.Slug, t.Description)).FirstOrDefaultAsync(ct);

    public Task<PublishedPostPage> ListByTopicAsync(int topicId, int page, int pageSize, CancellationToken ct = default) =>
        PageAsync(Live.Where(p => p.Topics.Any(t => t.TopicId == topicId)), page, pageSize, ct);

    public Task<PublishedPostPage> ListByUnitAsync(int unitId, int page, int pageSize, CancellationToken ct = default)
    {
        var accepted = db.Set<FrontPageProposal>().Where(f => f.TargetUnitId == unitId && f.Status == ProposalStatus.Accepted).Select(f => f.PostId);
        return PageAsync(Live.Where(p => p.UnitId == unitId || accepted.Contains(p.Id)), page, pageSize, ct);
    }

    public async Task<PublishedPost?> GetAsync(long id, CancellationToken ct = default)
    {
        var post = await Live.Include(p => p.Topics).Include(p => p.Tags).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (post is null)
        {
            return null;
        }

        var topicIds = post.Topics.Select(t => t.TopicId).ToList();
        var topics = await db.Set<Topic>().AsNoTracking().Where(t => topicIds.Contains(t.Id)).OrderBy(t => t.SortOrder)
            .Select(t => new PublishedTopic(t.Id, t.Name, t.Slug, t.Description)).ToListAsync(ct);
        var covers = await decorations.CoversAsync([post], ct);
        return new PublishedPost(
            post.Id,
            post.Title,
            post.Slug,
            PostLinks.PostPath(post.Id, post.Slug),
            post.Summary,
            post.BodyHtml,
            post.BodyText,
            post.AuthorName,
            post.SourceCredit,
            post.VideoUrl,
            post.PublishedAt!.Value,
            post.UpdatedAt,
            post.UnitId,
            await decorations.UnitNameAsync(post.UnitId, ct),
            post.Format,
            topics,
            post.Tags.Select(t => t.Name).ToList(),
            covers.GetValueOrDefault(post.Id),
            Media.Upload.VideoLinks.Parse(post.VideoUrl)?.EmbedUrl);
    }

    public async Task<IReadOnlyList<PublishedPostCard>> GetRelatedAsync(long id, int max = 4, CancellationToken ct = default)
    {
        var source = await db.Set<Post>().AsNoTracking().Where(p => p.Id == id).Select(p => new { p.UnitId, Topics = p.Topics.Select(t => t.TopicId).ToList() }).FirstOrDefaultAsync(ct);
        if (source is null)
        {
            return [];
        }

        // Posts sharing all the topics first, then any of them, newest first in each: with the one or
        // two topics a post has, that is "most topics in common". Each step walks the (Status,
        // PublishedAt) index from the newest post and stops after `max` hits, instead of counting
        // the shared topics of every post in those topics and sorting them all (seconds at 100,000 posts).
        var topicIds = source.Topics;
        var byTopic = new List<long>();
        if (topicIds.Count > 1)
        {
            var all = topicIds.Count;
            byTopic.AddRange(await Live
                .Where(p => p.Id != id && p.Topics.Count(t => topicIds.Contains(t.TopicId)) == all)
                .OrderByDescending(p => p.PublishedAt)
                .Select(p => p.Id)
                .Take(max)
                .ToListAsync(ct));
        }

        if (byTopic.Count < max && topicIds.Count > 0)
        {
            byTopic.AddRange(await Live
                .Where(p => p.Id != id && !byTopic.Contains(p.Id) && p.Topics.Any(t => topicIds.Contains(t.TopicId)))
                .OrderByDescending(p => p.PublishedAt)
                .Select(p => p.Id)
                .Take(max - byTopic.Count)
                .ToListAsync(ct));
        }
        if (byTopic.Count < max)
        {
            var unitId = source.UnitId;
            byTopic.AddRange(await Live.Where(p => p.Id != id && p.UnitId == unitId && !byTopic.Contains(p.Id))
                .OrderByDescending(p => p.PublishedAt).Select(p => p.Id).Take(max - byTopic.Count).ToListAsync(ct));
        }

        var cards = await CardsAsync(Live.Where(p => byTopic.Contains(p.Id)), ct);
        return [.. cards.OrderBy(c => byTopic.IndexOf(c.Id))];
    }

    public async Task<IReadOnlyList<PublishedFeedItem>> GetFeedAsync(int? topicId, int max = 30, CancellationToken ct = default)
    {
        var query = Live;
        if (topicId is { } tid)
        {
            query = query.Where(p => p.Topics.Any(t => t.TopicId == tid));
        }

        var posts = await query.Include(p => p.Topics).OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Take(max).ToListAsync(ct);
        var topics = await db.Set<Topic>().AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var covers = await decorations.CoversAsync(posts, ct);
        var items = new List<PublishedFeedItem>(posts.Count);
        foreach (var p in posts)
        {
            items.Add(new PublishedFeedItem(
                p.Id,
                p.Title,
                PostLinks.PostPath(p.Id, p.Slug),
                p.Summary ?? Excerpt(p.BodyText, 300),
                p.AuthorName,
                p.PublishedAt!.Value,
                p.UpdatedAt,
                await decorations.UnitNameAsync(p.UnitId, ct),
                [.. p.Topics.Select(t => topics.GetValueOrDefault(t.TopicId)).OfType<string>()],
                covers.GetValueOrDefault(p.Id)));
        }

        return items;
    }

    public async Task<IReadOnlyList<PublishedSitemapEntry>> GetSitemapAsync(CancellationToken ct = default)
    {
        var rows = await Live.OrderByDescending(p => p.PublishedAt).Select(p => new { p.Id, p.Slug, p.UpdatedAt, p.PublishedAt }).ToListAsync(ct);
        return [.. rows.Select(r => new PublishedSitemapEntry(PostLinks.PostPath(r.Id, r.Slug), r.UpdatedAt > r.PublishedAt!.Value ? r.UpdatedAt : r.PublishedAt.Value))];
    }

    public async Task<PostPlacement?> GetPlacementAsync(long id, CancellationToken ct = default)
    {
        var post = await db.Set<Post>().AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.UnitId, Topics = p.Topics.Select(t => t.TopicId).ToList() }).FirstOrDefaultAsync(ct);
        if (post is null)
        {
            return null;
        }

        var topicIds = post.Topics;
        var slugs = await db.Set<Topic>().AsNoTracking().Where(t => topicIds.Contains(t.Id)).Select(t => t.Slug).ToListAsync(ct);
        var fronts = await db.Set<FrontPageProposal>().AsNoTracking().Where(f => f.PostId == id && f.Status == ProposalStatus.Accepted).Select(f => f.TargetUnitId).ToListAsync(ct);
        return new PostPlacement(id, post.UnitId, slugs, fronts);
    }

    /// <summary>The first words of <paramref name="text"/>, cut at a word boundary, with an ellipsis when cut.</summary>
    internal static string Excerpt(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max);
        return string.Concat(text.AsSpan(0, cut > max / 2 ? cut : max), "…");
    }

    private async Task<PublishedPostPage> PageAsync(IQueryable<Post> query, int page, int pageSize, CancellationToken ct)
    {
        page = Math.Max(1, page);
        var total = await query.CountAsync(ct);
        var items = await CardsAsync(query.OrderByDescending(p => p.PublishedAt).ThenByDescending(p => p.Id).Skip((page - 1) * pageSize).Take(pageSize), ct);
        return new PublishedPostPage(items, total, page, pageSize);
    }

    private async Task<IReadOnlyList<PublishedPostCard>> CardsAsync(IQueryable<Post> query, CancellationToken ct)
    {
        var rows = await query.Select(p => new CardRow(
            p.Id, p.Title, p.Slug, p.Summary, p.PublishedAt!.Value, p.UpdatedAt, p.UnitId, p.Format, p.CoverMediaId, p.CoverAlt,
            p.Topics.Select(t => (int?)t.TopicId).Min())).ToListAsync(ct);
        return await decorations.CardsAsync(rows, ct);
    }
}
