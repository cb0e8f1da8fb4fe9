namespace TuyenGiao.Modules.Features.Newsroom.Domain;

/// <summary>A file from the media library attached to a post (a PDF, a DOCX, a photo of a photo story).</summary>
internal sealed class PostAttachment
{
    public long Id { get; set; }

    public long PostId { get; set; }

    public long MediaId { get; set; }

    public string? Caption { get; set; }

    public int SortOrder { get; set; }
}
