namespace TuyenGiao.Modules.Features.Newsroom.Media.Library;

/// <summary>The entry an upload made, or the unit's existing entry with the same content (<paramref name="Created"/> false).</summary>
public sealed record MediaUploadResult(MediaItem Item, bool Created);
