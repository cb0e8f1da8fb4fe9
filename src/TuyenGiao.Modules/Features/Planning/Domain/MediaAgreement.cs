namespace TuyenGiao.Modules.Features.Planning.Domain;

/// <summary>A cooperation agreement with a media partner for a period: value, terms and a link to the signed file.</summary>
internal sealed class MediaAgreement
{
    public int Id { get; set; }

    public int PartnerId { get; set; }

    public required string Title { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    /// <summary>Value in Vietnamese đồng.</summary>
    public long Value { get; set; }

    public string? Terms { get; set; }

    public string? AttachmentUrl { get; set; }
}
