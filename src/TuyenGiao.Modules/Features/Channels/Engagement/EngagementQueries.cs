using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Coverage;
using TuyenGiao.Modules.Features.Channels.Domain;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Channels.Engagement;

/// <summary>
/// Reads the engagement series for the API, the pages and the export. Every channel or post is
/// checked against the caller's units (ViewUnits); lists cover the units the caller sees.
/// </summary>
internal sealed class EngagementQueries(AppDbContext db, IAccessScope access, SubtreeUnits subtree, IPostContent posts, TimeProvider time)
{
    /// <summary>At most this many readings in one series answer.</summary>
    public const int MaxPoints = 20_000;

    public async Task<ChannelMetricSeries> SeriesAsync(long channelId, DateTime? from, DateTime? to, string? metric, CancellationToken ct)
    {
        var channel = await db.Set<Channel>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == channelId, ct) ?? throw AppProblemException.NotFound();
        await access.EnsureAsync(Permission.ViewUnits, channel.UnitId, ct);
        var (start, end) = Range(from, to, 30);
        var points = db.Set<ChannelMetric>().AsNoTracking().Where(m => m.ChannelId == channelId && m.TakenAt >= start && m.TakenAt <= end);
        if (!string.IsNullOrWhiteSpace(metric))
        {
            points = points.Where(m => m.Metric == metric);
        }

        var list = await points.OrderBy(m => m.TakenAt).ThenBy(m => m.DeliveryId).ThenBy(m => m.Metric).Take(MaxPoints)
            .Select(m => new MetricPoint(m.TakenAt, m.Metric, m.Value, m.DeliveryId)).ToListAsync(ct);
        return new ChannelMetricSeries(channel.Id, channel.Name, start, end, list);
    }

    public async Task<PostEngagement> ForPostAsync(long postId, CancellationToken ct)
    {
        var post = await posts.GetAsync(postId, ct) ?? throw AppProblemException.NotFound();
        await access.EnsureAsync(Permission.ViewUnits, post.UnitId, ct);
        var figures = await FiguresAsync(db.Set<Delivery>().Where(d => d.PostId == postId), ct);
        return new PostEngagement(postId, figures, Sum(figures));
    }

    public async Task<ChannelEngagement> ForChannelAsync(long channelId, CancellationToken ct)
    {
        var channel = await db.Set<Channel>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == channelId, ct) ?? throw AppProblemException.NotFound();
        await access.EnsureAsync(Permission.ViewUnits, channel.UnitId, ct);
        var since = Now().AddDays(-30);
        var trend = await db.Set<ChannelMetric>().AsNoTracking()
            .Where(m => m.ChannelId == channelId && m.DeliveryId == null && m.Metric == EngagementMetric.Followers && m.TakenAt >= since)
            .OrderByDescending(m => m.TakenAt).Take(60)
            .Select(m => new FollowerPoint(m.TakenAt, m.Value)).ToListAsync(ct);
        trend.Reverse();
        var figures = await FiguresAsync(db.Set<Delivery>().Where(d => d.ChannelId == channelId && d.Status == DeliveryStatus.Published).OrderByDescending(d => d.PublishedAt).Take(50), ct);
        return new ChannelEngagement(channel.Id, channel.Name, channel.Kind, channel.Followers, channel.FollowersAt, trend, await TitlesAsync(figures, ct));
    }

    /// <summary>The person's units (or <paramref name="unitId"/>'s subtree): totals, top posts, followers by kind.</summary>
    public async Task<EngagementDashboard> DashboardAsync(int? unitId, CancellationToken ct)
    {
        var units = await UnitsAsync(unitId, ct);
        var now = Now();
        var since30 = now.AddDays(-30);
        var since7 = now.AddDays(-7);
        var channels = Channels(units);
        var delivered = db.Set<Delivery>().Where(d => d.Status == DeliveryStatus.Published && d.PublishedAt >= since30)
            .Join(channels, d => d.ChannelId, c => c.Id, (d, c) => d);
        var figures = await FiguresAsync(delivered, ct);
        var top = figures.GroupBy(f => f.PostId)
            .Select(g => new TopPost(
                g.Key,
                null,
                g.Sum(f => Get(f.Figures, EngagementMetric.Reactions) + Get(f.Figures, EngagementMetric.Likes)),
                g.Sum(f => Get(f.Figures, EngagementMetric.Shares)),
                g.Sum(f => Get(f.Figures, EngagementMetric.Comments)),
                g.Sum(f => Get(f.Figures, EngagementMetric.Views)),
                g.Count()))
            .Where(t => t.Reactions + t.Shares > 0)
            .OrderByDescending(t => t.Reactions + t.Shares).ThenByDescending(t => t.PostId)
            .Take(5)
            .ToList();
        for (var i = 0; i < top.Count; i++)
        {
            top[i] = top[i] with { Title = (await posts.GetAsync(top[i].PostId, ct))?.Title };
        }

        var followers = (await channels.Where(c => c.Status == ChannelStatus.Active)
                .GroupBy(c => c.Kind)
                .Select(g => new { Kind = g.Key, Channels = g.Count(), Counted = g.Count(c => c.Followers != null), Followers = g.Sum(c => (long?)c.Followers) })
                .ToListAsync(ct))
            .OrderBy(f => f.Kind)
            .Select(f => new FollowersByKind(f.Kind, f.Channels, f.Counted > 0 ? f.Followers : null)) // no count known: not "0"
            .ToList();
        return new EngagementDashboard(Sum(figures.Where(f => f.PublishedAt >= since7).ToList()), Sum(figures), top, followers);
    }

    /// <summary>Deliveries published between the dates with their latest figures, and every active channel with its followers.</summary>
    public async Task<(IReadOnlyList<DeliveryFigures> Posts, IReadOnlyList<(Channel Channel, string? UnitName)> Channels)> ExportAsync(int? unitId, DateTime? from, DateTime? to, CancellationToken ct)
    {
        var units = await UnitsAsync(unitId, ct);
        var (start, end) = Range(from, to, 30);
        var channels = Channels(units);
        var delivered = db.Set<Delivery>().Where(d => d.Status == DeliveryStatus.Published && d.PublishedAt >= start && d.PublishedAt <= end)
            .Join(channels, d => d.ChannelId, c => c.Id, (d, c) => d);
        var figures = await TitlesAsync(await FiguresAsync(delivered, ct), ct);
        var list = await channels.Where(c => c.Status != ChannelStatus.Inactive).OrderBy(c => c.UnitId).ThenBy(c => c.Kind).ThenBy(c => c.Id).ToListAsync(ct);
        var names = await subtree.NamesAsync(list.Select(c => c.UnitId).Distinct().ToList(), VietnamTime.Today(time), ct);
        return (figures, list.Select(c => (c, names.GetValueOrDefault(c.UnitId))).ToList());
    }

    public (DateTime From, DateTime To) Range(DateTime? from, DateTime? to, int defaultDays)
    {
        var end = to is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : Now();
        var start = from is { } f ? DateTime.SpecifyKind(f, DateTimeKind.Utc) : end.AddDays(-defaultDays);
        if (start > end)
        {
            throw AppProblemException.Invalid([new FieldError("from", Messages.Get("ChannelsEngagementRangeInvalid"))]);
        }

        if ((end - start).TotalDays > 400)
        {
            throw AppProblemException.Invalid([new FieldError("to", Messages.Get("ChannelsEngagementRangeTooLong", 400))]);
        }

        return (start, end);
    }

    private DateTime Now() => time.GetUtcNow().UtcDateTime;

    private IQueryable<Channel> Channels(IReadOnlyList<int>? units) =>
        units is null ? db.Set<Channel>().AsNoTracking() : db.Set<Channel>().AsNoTracking().Where(c => units.Contains(c.UnitId));

    /// <summary>Unit ids the caller sees under <paramref name="unitId"/> (checked), or everywhere (null = no filter).</summary>
    private async Task<IReadOnlyList<int>?> UnitsAsync(int? unitId, CancellationToken ct)
    {
        var today = VietnamTime.Today(time);
        if (unitId is { } id)
        {
            await access.EnsureAsync(Permission.ViewUnits, id, ct);
            return (await subtree.ListAsync(id, today, ct)).Select(u => u.UnitId).ToList();
        }

        if (await access.RootsAsync(Permission.ViewUnits, ct) is not { } roots)
        {
            return null;
        }

        var ids = new HashSet<int>();
        foreach (var root in roots)
        {
            ids.UnionWith((await subtree.ListAsync(root, today, ct)).Select(u => u.UnitId));
        }

        return ids.ToList();
    }

    /// <summary>
    /// The deliveries with the figures of their latest reading: every metric of one run shares one
    /// TakenAt, so the latest reading is the rows at the delivery's greatest TakenAt.
    /// </summary>
    private async Task<List<DeliveryFigures>> FiguresAsync(IQueryable<Delivery> deliveries, CancellationToken ct)
    {
        var rows = await deliveries.AsNoTracking()
            .Join(db.Set<Channel>(), d => d.ChannelId, c => c.Id, (d, c) => new { d.Id, d.PostId, d.ChannelId, c.Name, c.Kind, c.UnitId, d.RemoteId, d.PublishedAt })
            .ToListAsync(ct);
        var ids = rows.Select(r => (long?)r.Id).ToList();
        var latest = new Dictionary<long, (DateTime At, Dictionary<string, long> Figures)>();
        foreach (var chunk in ids.Chunk(500))
        {
            var part = chunk.ToList();
            var newest = db.Set<ChannelMetric>().Where(m => part.Contains(m.DeliveryId))
                .GroupBy(m => m.DeliveryId)
                .Select(g => new { DeliveryId = g.Key, At = g.Max(m => m.TakenAt) });
            var readings = await db.Set<ChannelMetric>().AsNoTracking()
                .Join(newest, m => new { m.DeliveryId, m.TakenAt }, n => new { n.DeliveryId, TakenAt = n.At }, (m, n) => new { m.DeliveryId, m.TakenAt, m.Metric, m.Value })
                .ToListAsync(ct);
            foreach (var r in readings)
            {
                if (!latest.TryGetValue(r.DeliveryId!.Value, out var entry))
                {
                    entry = (r.TakenAt, new Dictionary<string, long>(StringComparer.Ordinal));
                    latest[r.DeliveryId.Value] = entry;
                }

                entry.Figures[r.Metric] = r.Value;
            }
        }

        return rows
            .OrderByDescending(r => r.PublishedAt).ThenBy(r => r.Id)
            .Select(r => latest.TryGetValue(r.Id, out var l)
                ? new DeliveryFigures(r.Id, r.PostId, null, r.ChannelId, r.Name, r.Kind, r.UnitId, r.RemoteId, r.PublishedAt, l.At, l.Figures)
                : new DeliveryFigures(r.Id, r.PostId, null, r.ChannelId, r.Name, r.Kind, r.UnitId, r.RemoteId, r.PublishedAt, null, new Dictionary<string, long>()))
            .ToList();
    }

    private async Task<List<DeliveryFigures>> TitlesAsync(List<DeliveryFigures> figures, CancellationToken ct)
    {
        var titles = new Dictionary<long, string?>();
        foreach (var postId in figures.Select(f => f.PostId).Distinct())
        {
            titles[postId] = (await posts.GetAsync(postId, ct))?.Title;
        }

        return figures.Select(f => f with { PostTitle = titles.GetValueOrDefault(f.PostId) }).ToList();
    }

    private static Dictionary<string, long> Sum(IReadOnlyList<DeliveryFigures> figures)
    {
        var totals = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var metric in EngagementMetric.PostMetrics)
        {
            totals[metric] = figures.Sum(f => Get(f.Figures, metric));
        }

        return totals;
    }

    public static long Get(IReadOnlyDictionary<string, long> figures, string metric) => figures.TryGetValue(metric, out var v) ? v : 0;
}
