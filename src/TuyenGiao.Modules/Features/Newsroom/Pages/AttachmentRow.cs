namespace TuyenGiao.Modules.Features.Newsroom.Pages;

/// <summary>One attachment line of the editor page.</summary>
public sealed class AttachmentRow
{
    public long? MediaId { get; set; }

    public string? Caption { get; set; }
}
