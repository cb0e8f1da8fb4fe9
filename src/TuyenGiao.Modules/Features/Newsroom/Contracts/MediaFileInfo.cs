namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>
/// A file in the media library as other modules see it. URLs are site-relative paths served with
/// long cache headers; <paramref name="CardUrl"/>/<paramref name="ThumbUrl"/> are resized variants
/// of images (null for other kinds). <paramref name="EmbedUrl"/> is set for linked videos.
/// </summary>
public sealed record MediaFileInfo(
    long Id,
    MediaKind Kind,
    string ContentType,
    string FileName,
    long Length,
    string Url,
    string? CardUrl,
    string? ThumbUrl,
    int? Width,
    int? Height,
    string? AltText,
    string? EmbedUrl);
