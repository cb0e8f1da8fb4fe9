using TuyenGiao.Modules.Features.Newsroom.Contracts;

namespace TuyenGiao.Modules.Features.Newsroom.Media.Upload;

/// <summary>What the bytes of an upload are, as far as the first bytes tell (a ZIP is only a DOCX candidate until <see cref="DocxInspector"/> looked inside).</summary>
public sealed record DetectedType(MediaKind Kind, string Extension, string ContentType)
{
    public static readonly DetectedType Jpeg = new(MediaKind.Image, "jpg", "image/jpeg");
    public static readonly DetectedType Png = new(MediaKind.Image, "png", "image/png");
    public static readonly DetectedType WebP = new(MediaKind.Image, "webp", "image/webp");
    public static readonly DetectedType Mp4 = new(MediaKind.Video, "mp4", "video/mp4");
    public static readonly DetectedType Pdf = new(MediaKind.Document, "pdf", "application/pdf");
    public static readonly DetectedType Docx = new(MediaKind.Document, "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
}
