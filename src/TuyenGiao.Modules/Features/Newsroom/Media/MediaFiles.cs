using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Media.Storage;

namespace TuyenGiao.Modules.Features.Newsroom.Media;

/// <summary>
/// <see cref="IMediaFiles"/> for other modules (portal, channels): entries by id, including
/// those deleted from the library, since posts keep showing what they refer to. No access check:
/// what a published post shows is public.
/// </summary>
internal sealed class MediaFiles(AppDbContext db, IMediaStorage storage) : IMediaFiles
{
    public async Task<MediaFileInfo?> GetAsync(long id, CancellationToken ct = default) =>
        (await GetManyAsync([id], ct)).GetValueOrDefault(id);

    public async Task<IReadOnlyDictionary<long, MediaFileInfo>> GetManyAsync(IReadOnlyCollection<long> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<long, MediaFileInfo>();
        }

        var wanted = ids.Distinct().ToList();
        var assets = await db.Set<MediaAsset>().AsNoTracking().Where(m => wanted.Contains(m.Id)).ToListAsync(ct);
        return assets.ToDictionary(m => m.Id, ToInfo);
    }

    public async Task<Stream?> OpenReadAsync(long id, string? variant = null, CancellationToken ct = default)
    {
        var asset = await db.Set<MediaAsset>().AsNoTracking().Where(m => m.Id == id)
            .Select(m => new { m.StoredName, m.CardName, m.ThumbName })
            .FirstOrDefaultAsync(ct);
        var name = variant switch
        {
            null or "" or "original" => asset?.StoredName,
            "card" => asset?.CardName,
            "thumb" => asset?.ThumbName,
            _ => null,
        };
        return StoredNames.IsValid(name) ? await storage.OpenReadAsync(name!, ct) : null;
    }

    internal static MediaFileInfo ToInfo(MediaAsset m) => new(
        m.Id,
        m.Kind,
        m.ContentType,
        m.FileName,
        m.Length,
        m.Kind == MediaKind.VideoLink ? m.SourceUrl ?? m.EmbedUrl ?? string.Empty : StoredNames.Url(m.StoredName),
        m.CardName is null ? null : StoredNames.Url(m.CardName),
        m.ThumbName is null ? null : StoredNames.Url(m.ThumbName),
        m.Width,
        m.Height,
        m.AltText,
        m.EmbedUrl);
}
