namespace TuyenGiao.Modules.Features.Channels.Adapters;

/// <summary>
/// The platforms' limits, checked before sending. Facebook: a post's message holds at most 63,206
/// characters, a post at most 30 photos. Zalo OA articles: title at most 150 characters, description
/// at most 300, author at most 50 (the OA Open API's article/create rules).
/// </summary>
internal static class PlatformLimits
{
    public const int FacebookMessage = 63206;
    public const int FacebookPhotos = 30;
    public const int ZaloTitle = 150;
    public const int ZaloDescription = 300;
    public const int ZaloAuthor = 50;
    public const int EmailSubject = 250;
}
