namespace TuyenGiao.Modules.Features.Newsroom.Media;

/// <summary>The media library's settings (section <c>Media</c>).</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    /// <summary>The local folder files are stored in; relative paths start at the working directory.</summary>
    public string Root { get; set; } = "./data/media";

    public long MaxImageBytes { get; set; } = 10L * 1024 * 1024;

    public long MaxVideoBytes { get; set; } = 200L * 1024 * 1024;

    public long MaxDocumentBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Decompression-bomb guard: images with more pixels than this are refused before decoding.</summary>
    public long MaxImagePixels { get; set; } = 50_000_000;

    /// <summary>The largest upload of any kind: the request body limit of the upload endpoint.</summary>
    public long MaxUploadBytes => Math.Max(MaxImageBytes, Math.Max(MaxVideoBytes, MaxDocumentBytes));

    public long MaxBytes(Contracts.MediaKind kind) => kind switch
    {
        Contracts.MediaKind.Image => MaxImageBytes,
        Contracts.MediaKind.Video => MaxVideoBytes,
        _ => MaxDocumentBytes,
    };
}
