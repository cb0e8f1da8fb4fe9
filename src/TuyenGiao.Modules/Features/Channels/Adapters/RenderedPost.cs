namespace TuyenGiao.Modules.Features.Channels.Adapters;

/// <summary>
/// A post rendered for the channels: the Facebook message (plain text + portal link), the Zalo
/// article's title/description/body, the e-mail's subject and bodies, the absolute portal link, and
/// the images to attach (media ids; bytes come from the media library when it is there).
/// </summary>
internal sealed record RenderedPost(
    long PostId,
    string Title,
    string Link,
    string FacebookMessage,
    string ZaloTitle,
    string ZaloDescription,
    string ZaloAuthor,
    string ZaloBodyHtml,
    string? CoverUrl,
    string EmailSubject,
    string EmailHtml,
    string EmailText,
    IReadOnlyList<long> ImageMediaIds);
