using TuyenGiao.Modules.Features.Newsroom.Contracts;

namespace TuyenGiao.Modules.Features.Newsroom.Media.Library;

/// <summary>A library entry as the API and the pages show it. URLs are site-relative.</summary>
public sealed record MediaItem(
    long Id,
    int UnitId,
    string? UnitName,
    MediaKind Kind,
    string ContentType,
    string FileName,
    long Length,
    int? Width,
    int? Height,
    string? AltText,
    string? Caption,
    string? Credit,
    string Url,
    string? CardUrl,
    string? ThumbUrl,
    string? EmbedUrl,
    DateTime CreatedAt,
    bool CanEdit);
