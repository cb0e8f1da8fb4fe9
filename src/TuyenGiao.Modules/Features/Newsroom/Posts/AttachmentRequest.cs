namespace TuyenGiao.Modules.Features.Newsroom.Posts;

/// <summary>A media-library file attached to a post, in the order given.</summary>
public sealed record AttachmentRequest(long? MediaId, string? Caption);
