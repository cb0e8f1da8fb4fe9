using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Media.Storage;
using TuyenGiao.Modules.Features.Newsroom.Media.Upload;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Newsroom.Media.Library;

/// <summary>
/// A unit's media library: uploads (checked by content, size-limited, images re-encoded without
/// metadata), linked videos, listing by unit subtree, texts, soft deletion. Uploading and
/// changing need <see cref="Permission.EditContent"/> in the unit, listing
/// <see cref="Permission.ViewUnits"/>. Bad input stores nothing: no row, no file.
/// </summary>
public sealed class MediaLibrary(
    AppDbContext db,
    IAccessScope access,
    IOrgHierarchy hierarchy,
    IAuditLog audit,
    IMediaStorage storage,
    IOptions<MediaOptions> options,
    TimeProvider time,
    ILogger<MediaLibrary> logger)
{
    public MediaOptions Options => options.Value;

    /// <summary>Checks that the caller may add to the unit's library (404/403), before any byte is read.</summary>
    public Task EnsureCanEditAsync(int unitId, CancellationToken ct = default) =>
        access.EnsureAsync(Permission.EditContent, unitId, ct);

    /// <summary>Streams <paramref name="content"/> through the checks and stores it (see <see cref="StoreAsync"/>).</summary>
    public async Task<MediaUploadResult> UploadAsync(int unitId, Stream content, string? fileName, MediaMetadata metadata, CancellationToken ct = default)
    {
        await EnsureCanEditAsync(unitId, ct);
        var texts = CleanMetadata(metadata);
        using var spooled = await MediaSpooler.SpoolAsync(content, Options, ct);
        return await StoreAsync(unitId, spooled, fileName, texts, ct);
    }

    /// <summary>
    /// Stores a checked upload: images are re-encoded with their variants; the files go to
    /// storage under content addresses, then the row is saved. The unit's existing entry with the
    /// same content is answered instead of a copy.
    /// </summary>
    public async Task<MediaUploadResult> StoreAsync(int unitId, SpooledUpload upload, string? fileName, MediaMetadata metadata, CancellationToken ct = default)
    {
        await EnsureCanEditAsync(unitId, ct);
        var texts = CleanMetadata(metadata);
        var name = CleanFileName(fileName, upload.Type);

        ProcessedImage? image = null;
        try
        {
            ProcessedFile original;
            if (upload.Type.Kind == MediaKind.Image)
            {
                image = ImageProcessor.Process(upload.Path, upload.Type, Options);
                original = image.Original;
            }
            else
            {
                original = new ProcessedFile(upload.Path, await HashAsync(upload.Path, ct), upload.Type.Extension, upload.Type.ContentType, upload.Length);
            }

            var existing = await db.Set<MediaAsset>().AsNoTracking()
                .Where(m => m.UnitId == unitId && m.Sha256 == original.Sha256 && m.DeletedAt == null)
                .OrderBy(m => m.Id)
                .FirstOrDefaultAsync(ct);
            if (existing is not null)
            {
                return new MediaUploadResult(await ToItemAsync(existing, ct), false);
            }

            await storage.PutAsync(original.StoredName, original.Path, ct);
            if (image is not null)
            {
                await storage.PutAsync(image.Card.StoredName, image.Card.Path, ct);
                await storage.PutAsync(image.Thumb.StoredName, image.Thumb.Path, ct);
            }

            var asset = new MediaAsset
            {
                UnitId = unitId,
                Kind = upload.Type.Kind,
                ContentType = original.ContentType,
                FileName = name,
                SearchText = string.Empty,
                Sha256 = original.Sha256,
                StoredName = original.StoredName,
                CardName = image?.Card.StoredName,
                ThumbName = image?.Thumb.StoredName,
                Length = original.Length,
                Width = image?.Width,
                Height = image?.Height,
                AltText = texts.AltText,
                Caption = texts.Caption,
                Credit = texts.Credit,
                UploadedByUserId = access.UserId,
                CreatedAt = time.GetUtcNow().UtcDateTime,
            };
            asset.RefreshSearch();
            return new MediaUploadResult(await AddAsync(asset, ct), true);
        }
        finally
        {
            image?.Dispose();
        }
    }

    /// <summary>Adds a YouTube or Facebook video by its address (normalised to an embed address).</summary>
    public async Task<MediaUploadResult> AddLinkAsync(AddVideoLinkRequest request, CancellationToken ct = default)
    {
        var errors = new List<FieldError>();
        if (request.UnitId is null)
        {
            errors.Add(new FieldError("unitId", Messages.Get("Required", "unitId")));
        }

        var link = VideoLinks.Parse(request.Url);
        if (string.IsNullOrWhiteSpace(request.Url))
        {
            errors.Add(new FieldError("url", Messages.Get("Required", "url")));
        }
        else if (link is null)
        {
            errors.Add(new FieldError("url", Messages.Get("MediaBadVideoLink")));
        }

        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        var unitId = request.UnitId!.Value;
        await EnsureCanEditAsync(unitId, ct);
        var texts = CleanMetadata(new MediaMetadata(request.AltText, request.Caption, request.Credit));
        var existing = await db.Set<MediaAsset>().AsNoTracking()
            .Where(m => m.UnitId == unitId && m.Kind == MediaKind.VideoLink && m.EmbedUrl == link!.EmbedUrl && m.DeletedAt == null)
            .OrderBy(m => m.Id)
            .FirstOrDefaultAsync(ct);
        if (existing is not null)
        {
            return new MediaUploadResult(await ToItemAsync(existing, ct), false);
        }

        var asset = new MediaAsset
        {
            UnitId = unitId,
            Kind = MediaKind.VideoLink,
            ContentType = "text/html",
            FileName = Messages.Get("MediaVideoLinkName", link!.Provider),
            SearchText = string.Empty,
            Sha256 = string.Empty,
            StoredName = string.Empty,
            EmbedUrl = link.EmbedUrl,
            SourceUrl = link.SourceUrl,
            AltText = texts.AltText,
            Caption = texts.Caption,
            Credit = texts.Credit,
            UploadedByUserId = access.UserId,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        asset.RefreshSearch();
        return new MediaUploadResult(await AddAsync(asset, ct), true);
    }

    public async Task<PagedResult<MediaItem>> ListAsync(MediaListQuery query, CancellationToken ct = default)
    {
        var roots = await access.RootsAsync(Permission.ViewUnits, ct);
        if (query.UnitId is { } under)
        {
            await access.EnsureAsync(Permission.ViewUnits, under, ct);
        }

        var assets = db.Set<MediaAsset>().AsNoTracking().Where(m => m.DeletedAt == null);
        if (roots is not null || query.UnitId is not null)
        {
            var unitIds = await assets.Select(m => m.UnitId).Distinct().ToListAsync(ct);
            var visible = new List<int>();
            foreach (var id in unitIds)
            {
                var unit = await hierarchy.GetLatestAsync(id, ct);
                if (unit is not null && (roots is null || roots.Any(unit.IsWithin)) && (query.UnitId is not { } u || unit.IsWithin(u)))
                {
                    visible.Add(id);
                }
            }

            assets = assets.Where(m => visible.Contains(m.UnitId));
        }

        if (query.Kind is { } kind)
        {
            assets = assets.Where(m => m.Kind == kind);
        }

        var q = VietnameseText.Fold(query.Q);
        if (q.Length > 0)
        {
            foreach (var word in q.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                assets = assets.Where(m => m.SearchText.Contains(word));
            }
        }

        var total = await assets.CountAsync(ct);
        var page = await assets.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Skip(query.Page.Skip).Take(query.Page.PageSize).ToListAsync(ct);
        var items = new List<MediaItem>(page.Count);
        foreach (var asset in page)
        {
            items.Add(await ToItemAsync(asset, ct));
        }

        return new PagedResult<MediaItem>(items, total);
    }

    public async Task<MediaItem> GetAsync(long id, CancellationToken ct = default)
    {
        var asset = await FindAsync(id, Permission.ViewUnits, tracked: false, ct);
        return await ToItemAsync(asset, ct);
    }

    public async Task<MediaItem> UpdateAsync(long id, UpdateMediaRequest request, CancellationToken ct = default)
    {
        var asset = await FindAsync(id, Permission.EditContent, tracked: true, ct);
        var texts = CleanMetadata(new MediaMetadata(request.AltText, request.Caption, request.Credit));
        asset.AltText = texts.AltText;
        asset.Caption = texts.Caption;
        asset.Credit = texts.Credit;
        asset.RefreshSearch();
        audit.Record("newsroom.media-update", nameof(MediaAsset), Key(asset.Id), asset.UnitId, asset.FileName);
        await db.SaveChangesAsync(ct);
        return await ToItemAsync(asset, ct);
    }

    /// <summary>Hides the entry from the library; the stored files stay (posts may still show them).</summary>
    public async Task DeleteAsync(long id, CancellationToken ct = default)
    {
        var asset = await FindAsync(id, Permission.EditContent, tracked: true, ct);
        asset.DeletedAt = time.GetUtcNow().UtcDateTime;
        audit.Record("newsroom.media-delete", nameof(MediaAsset), Key(asset.Id), asset.UnitId, asset.FileName);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The units the caller may upload to, for pickers: those of their EditContent roots (every root for administrators).</summary>
    public async Task<IReadOnlyList<OrgUnitSnapshot>> EditableRootsAsync(CancellationToken ct = default)
    {
        var roots = await access.RootsAsync(Permission.EditContent, ct);
        if (roots is null)
        {
            return await hierarchy.GetRootsAsync(null, ct);
        }

        var result = new List<OrgUnitSnapshot>();
        foreach (var id in roots)
        {
            if (await hierarchy.GetLatestAsync(id, ct) is { } unit)
            {
                result.Add(unit);
            }
        }

        return result;
    }

    internal static MediaMetadata CleanMetadata(MediaMetadata metadata)
    {
        var errors = new List<FieldError>();
        var alt = Optional(VietnameseText.CleanLine(metadata.AltText), "altText", MediaLimits.AltTextMaxLength, errors);
        var caption = Optional(VietnameseText.Nfc(metadata.Caption)?.Trim(), "caption", MediaLimits.CaptionMaxLength, errors);
        var credit = Optional(VietnameseText.CleanLine(metadata.Credit), "credit", MediaLimits.CreditMaxLength, errors);
        if (errors.Count > 0)
        {
            throw AppProblemException.Invalid(errors);
        }

        return new MediaMetadata(alt, caption, credit);
    }

    /// <summary>The uploader's file name, NFC, one line, no folders, at most 255 characters; a made-up one when empty.</summary>
    internal static string CleanFileName(string? fileName, DetectedType type)
    {
        var name = VietnameseText.CleanLine(fileName);
        var slash = Math.Max(name.LastIndexOf('/'), name.LastIndexOf('\\'));
        if (slash >= 0)
        {
            name = name[(slash + 1)..];
        }

        name = new string(name.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (name.Length == 0)
        {
            name = "tep." + type.Extension;
        }

        return name.Length > MediaLimits.FileNameMaxLength ? name[..MediaLimits.FileNameMaxLength] : name;
    }

    private static string? Optional(string? value, string field, int max, List<FieldError> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Length > max)
        {
            errors.Add(new FieldError(field, Messages.Get("TooLong", field, max)));
        }

        return value;
    }

    private async Task<MediaItem> AddAsync(MediaAsset asset, CancellationToken ct)
    {
        db.Add(asset);
        await db.SaveChangesAsync(ct);
        audit.Record("newsroom.media-add", nameof(MediaAsset), Key(asset.Id), asset.UnitId, asset.FileName);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Media {MediaId} ({Kind}, {Length} bytes) added to unit {UnitId}", asset.Id, asset.Kind, asset.Length, asset.UnitId);
        return await ToItemAsync(asset, ct);
    }

    private async Task<MediaAsset> FindAsync(long id, Permission permission, bool tracked, CancellationToken ct)
    {
        var query = db.Set<MediaAsset>().Where(m => m.Id == id && m.DeletedAt == null);
        var asset = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(ct) ?? throw AppProblemException.NotFound();
        await access.EnsureAsync(permission, asset.UnitId, ct);
        return asset;
    }

    private async Task<MediaItem> ToItemAsync(MediaAsset m, CancellationToken ct)
    {
        var unit = await hierarchy.GetLatestAsync(m.UnitId, ct);
        var canEdit = await access.CanAsync(Permission.EditContent, m.UnitId, ct);
        var url = m.Kind == MediaKind.VideoLink ? m.SourceUrl ?? m.EmbedUrl ?? string.Empty : StoredNames.Url(m.StoredName);
        return new MediaItem(
            m.Id, m.UnitId, unit?.Name, m.Kind, m.ContentType, m.FileName, m.Length, m.Width, m.Height, m.AltText, m.Caption, m.Credit,
            url,
            m.CardName is null ? null : StoredNames.Url(m.CardName),
            m.ThumbName is null ? null : StoredNames.Url(m.ThumbName),
            m.EmbedUrl,
            m.CreatedAt,
            canEdit);
    }

    private static async Task<string> HashAsync(string path, CancellationToken ct)
    {
        await using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        return Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(input, ct));
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);
}
