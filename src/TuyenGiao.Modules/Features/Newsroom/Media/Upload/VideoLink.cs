namespace TuyenGiao.Modules.Features.Newsroom.Media.Upload;

/// <summary>A recognised video address: where it is embedded from and the canonical page address.</summary>
/// <param name="Provider">"YouTube" or "Facebook".</param>
/// <param name="EmbedUrl">For an iframe: youtube-nocookie.com/embed/ID or facebook.com/plugins/video.php?href=….</param>
/// <param name="SourceUrl">The canonical watch address.</param>
public sealed record VideoLink(string Provider, string EmbedUrl, string SourceUrl);
