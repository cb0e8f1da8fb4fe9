using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using TuyenGiao.Modules.Features.Organization.Contracts;

namespace TuyenGiao.Modules.Features.Newsroom.Published;

/// <summary>
/// What a list of posts needs besides its own columns: unit names (from the hierarchy), topics
/// and cover images (from the media library when one is registered; none otherwise).
/// Scoped: remembers unit names and topics for the request (unit names also for a minute, <see cref="UnitNameCache"/>).
/// </summary>
internal sealed class PostDecorations(AppDbContext db, IOrgHierarchy hierarchy, UnitNameCache unitNameCache, IServiceProvider services)
{
    private readonly Dictionary<int, string> unitNames = [];
    private Dictionary<int, PublishedTopic>? topics;

    public async Task<string> UnitNameAsync(int unitId, CancellationToken ct)
    {
        if (!unitNames.TryGetValue(unitId, out var name))
        {
            if (!unitNameCache.TryGet(unitId, out name))
            {
                var unit = await hierarchy.GetLatestAsync(unitId, ct);
                name = unit?.Name ?? string.Empty;
                unitNameCache.Set(unitId, name);
            }

            unitNames[unitId] = name;
        }

        return name;
    }

    public async Task<IReadOnlyList<PublishedPostCard>> CardsAsync(IReadOnlyList<CardRow> rows, CancellationToken ct)
    {
        topics ??= await db.Set<Topic>().AsNoTracking().ToDictionaryAsync(t => t.Id, t => new PublishedTopic(t.Id, t.Name, t.Slug, t.Description), ct);
        var covers = await CoversAsync([.. rows.Where(r => r.CoverMediaId is not null).Select(r => (r.Id, r.CoverMediaId!.Value, r.CoverAlt ?? r.Title))], ct);
        var cards = new List<PublishedPostCard>(rows.Count);
        foreach (var r in rows)
        {
            cards.Add(new PublishedPostCard(
                r.Id,
                r.Title,
                PostLinks.PostPath(r.Id, r.Slug),
                r.Summary,
                r.PublishedAt,
                r.UpdatedAt,
                r.UnitId,
                await UnitNameAsync(r.UnitId, ct),
                r.Format,
                r.TopicId is { } tid ? topics.GetValueOrDefault(tid) : null,
                covers.GetValueOrDefault(r.Id)));
        }

        return cards;
    }

    public Task<IReadOnlyDictionary<long, PostCover>> CoversAsync(IReadOnlyList<Post> posts, CancellationToken ct) =>
        CoversAsync([.. posts.Where(p => p.CoverMediaId is not null).Select(p => (p.Id, p.CoverMediaId!.Value, p.CoverAlt ?? p.Title))], ct);

    /// <summary>Covers by post id; empty when no media library is registered or a file is unknown.</summary>
    private async Task<IReadOnlyDictionary<long, PostCover>> CoversAsync(IReadOnlyList<(long PostId, long MediaId, string Alt)> wanted, CancellationToken ct)
    {
        var media = services.GetService<IMediaFiles>();
        if (media is null || wanted.Count == 0)
        {
            return new Dictionary<long, PostCover>();
        }

        var files = await media.GetManyAsync([.. wanted.Select(w => w.MediaId).Distinct()], ct);
        var result = new Dictionary<long, PostCover>();
        foreach (var (postId, mediaId, alt) in wanted)
        {
            if (files.TryGetValue(mediaId, out var f) && f.Kind == MediaKind.Image)
            {
                result[postId] = new PostCover(f.Url, f.CardUrl ?? f.Url, f.ThumbUrl ?? f.CardUrl ?? f.Url, f.Width, f.Height, alt);
            }
        }

        return result;
    }
}
