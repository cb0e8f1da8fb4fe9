namespace TuyenGiao.Modules.Features.Newsroom.Posts;

public sealed record AttachmentItem(long MediaId, string? Caption);
