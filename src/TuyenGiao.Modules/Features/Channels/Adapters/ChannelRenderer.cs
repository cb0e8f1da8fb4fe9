using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.Extensions.Options;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Channels.Adapters;

/// <summary>Turns a post into what each channel receives and says, per channel, which platform limit it breaks.</summary>
internal sealed class ChannelRenderer(IOptions<ChannelsOptions> options, IServiceProvider services)
{
    public async Task<RenderedPost> RenderAsync(PostContent post, CancellationToken ct)
    {
        var baseUrl = options.Value.PublicBaseUrl.TrimEnd('/');
        var link = baseUrl + post.Path;
        var body = post.BodyText.Trim();
        var lead = string.IsNullOrWhiteSpace(post.Summary) ? string.Empty : post.Summary.Trim() + "\n\n";
        var message = post.Title + "\n\n" + lead + body + "\n\n" + Messages.Get("ChannelsReadMore") + " " + link;
        if (message.Length > PlatformLimits.FacebookMessage)
        {
            // Cut the body, never the link: the reader finds the rest on the portal.
            var room = PlatformLimits.FacebookMessage - (post.Title.Length + lead.Length + link.Length + 40);
            message = post.Title + "\n\n" + lead + body[..Math.Max(0, room)].TrimEnd() + "…\n\n" + Messages.Get("ChannelsReadMore") + " " + link;
        }

        var description = post.Summary ?? body;
        if (description.Length > PlatformLimits.ZaloDescription)
        {
            description = description[..(PlatformLimits.ZaloDescription - 1)].TrimEnd() + "…";
        }

        var author = post.AuthorName.Length > PlatformLimits.ZaloAuthor ? post.AuthorName[..PlatformLimits.ZaloAuthor] : post.AuthorName;
        var encodedLink = WebUtility.HtmlEncode(link);
        var zaloBody = post.BodyHtml + $"<p><a href=\"{encodedLink}\">{WebUtility.HtmlEncode(Messages.Get("ChannelsReadOnPortal"))}</a></p>";
        string? cover = null;
        if (post.CoverMediaId is { } coverId && services.GetService(typeof(IMediaFiles)) is IMediaFiles media)
        {
            var info = await media.GetAsync(coverId, ct);
            if (info is not null)
            {
                cover = info.Url.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? info.Url : baseUrl + info.Url;
            }
        }

        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<h1>{WebUtility.HtmlEncode(post.Title)}</h1>");
        if (!string.IsNullOrWhiteSpace(post.Summary))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p><strong>{WebUtility.HtmlEncode(post.Summary)}</strong></p>");
        }

        html.Append(post.BodyHtml);
        html.Append(CultureInfo.InvariantCulture, $"<p><a href=\"{encodedLink}\">{WebUtility.HtmlEncode(Messages.Get("ChannelsReadOnPortal"))}</a></p>");
        var subject = post.Title.Length > PlatformLimits.EmailSubject ? post.Title[..PlatformLimits.EmailSubject] : post.Title;
        return new RenderedPost(
            post.Id,
            post.Title,
            link,
            message,
            post.Title,
            description,
            author,
            zaloBody,
            cover,
            subject,
            html.ToString(),
            post.Title + "\n\n" + lead + body + "\n\n" + link,
            post.ImageMediaIds.Take(PlatformLimits.FacebookPhotos).ToList());
    }

    /// <summary>The limits this rendering breaks on <paramref name="kind"/>, in plain Vietnamese (empty: it can be sent).</summary>
    public static IReadOnlyList<string> Problems(ChannelKind kind, RenderedPost post)
    {
        var problems = new List<string>();
        switch (kind)
        {
            case ChannelKind.FacebookPage when post.FacebookMessage.Length > PlatformLimits.FacebookMessage:
                problems.Add(Messages.Get("ChannelsLimitFacebookMessage", PlatformLimits.FacebookMessage));
                break;
            case ChannelKind.ZaloOa:
                if (post.ZaloTitle.Length > PlatformLimits.ZaloTitle)
                {
                    problems.Add(Messages.Get("ChannelsLimitZaloTitle", PlatformLimits.ZaloTitle, post.ZaloTitle.Length));
                }

                if (post.ZaloDescription.Length > PlatformLimits.ZaloDescription)
                {
                    problems.Add(Messages.Get("ChannelsLimitZaloDescription", PlatformLimits.ZaloDescription));
                }

                break;
            case ChannelKind.ZaloGroup or ChannelKind.Website:
                problems.Add(Messages.Get("ChannelsKindNotPostable"));
                break;
        }

        return problems;
    }
}
