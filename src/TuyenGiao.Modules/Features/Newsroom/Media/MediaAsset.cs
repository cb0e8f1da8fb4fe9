using TuyenGiao.Modules.Features.Newsroom.Contracts;

namespace TuyenGiao.Modules.Features.Newsroom.Media;

/// <summary>
/// One entry of a unit's media library (table <c>newsroom_media</c>). The bytes live in
/// <see cref="Storage.IMediaStorage"/> under a content-addressed <see cref="StoredName"/>
/// (sha256 hex + extension); identical uploads share one stored file. Deleting is soft: the row
/// is hidden from the library, the files stay for the posts that still refer to them.
/// </summary>
internal sealed class MediaAsset
{
    public long Id { get; set; }

    public int UnitId { get; set; }

    public MediaKind Kind { get; set; }

    public required string ContentType { get; set; }

    /// <summary>The name the file had on the uploader's computer (NFC, cleaned); shown, never used to store.</summary>
    public required string FileName { get; set; }

    /// <summary>Folded file name, alt text and caption for searching without tones or đ.</summary>
    public required string SearchText { get; set; }

    /// <summary>Hex SHA-256 of the stored bytes (empty for linked videos).</summary>
    public required string Sha256 { get; set; }

    /// <summary>The content address: <c>{sha256}.{ext}</c> (empty for linked videos).</summary>
    public required string StoredName { get; set; }

    /// <summary>The "card" variant of an image (max 800 px wide).</summary>
    public string? CardName { get; set; }

    /// <summary>The "thumb" variant of an image (max 320 px wide).</summary>
    public string? ThumbName { get; set; }

    public long Length { get; set; }

    public int? Width { get; set; }

    public int? Height { get; set; }

    public string? AltText { get; set; }

    public string? Caption { get; set; }

    public string? Credit { get; set; }

    /// <summary>The normalised embed address of a linked YouTube or Facebook video.</summary>
    public string? EmbedUrl { get; set; }

    /// <summary>The address the person pasted (normalised), for linked videos.</summary>
    public string? SourceUrl { get; set; }

    public string? UploadedByUserId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? DeletedAt { get; set; }

    public void RefreshSearch() =>
        SearchText = Shared.Text.VietnameseText.Fold(string.Join(' ', new[] { FileName, AltText, Caption, Credit }.Where(s => !string.IsNullOrEmpty(s))));
}
