namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>
/// A post's cover image from the media library: the original, a card-sized and a thumbnail
/// variant (each may fall back to the original), its size when known and its alt text.
/// </summary>
public sealed record PostCover(string Url, string CardUrl, string ThumbUrl, int? Width, int? Height, string Alt);
