namespace TuyenGiao.Modules.Features.Newsroom.Domain;

/// <summary>A free tag on a post (NFC; <see cref="Folded"/> for matching).</summary>
internal sealed class PostTag
{
    public long PostId { get; set; }

    public required string Name { get; set; }

    public required string Folded { get; set; }
}
