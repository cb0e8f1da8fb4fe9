using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Channels.Adapters;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Domain;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Channels.Preview;

/// <summary>Renders a post for one channel before publishing, with the platform's limits checked.</summary>
internal sealed class ChannelPreviewService(AppDbContext db, IAccessScope access, IPostContent posts, ChannelRenderer renderer)
{
    public async Task<ChannelPreview> PreviewAsync(long postId, long? channelId, CancellationToken ct)
    {
        if (channelId is null)
        {
            throw AppProblemException.Invalid([new FieldError("channelId", Messages.Get("ChannelsChannelIdRequired"))]);
        }

        var post = await posts.GetAsync(postId, ct) ?? throw AppProblemException.NotFound();
        await access.EnsureAsync(Permission.EditContent, post.UnitId, ct);
        var channel = await db.Set<Channel>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == channelId, ct) ?? throw AppProblemException.NotFound();
        await access.EnsureAsync(Permission.ViewUnits, channel.UnitId, ct);
        var r = await renderer.RenderAsync(post, ct);
        var problems = ChannelRenderer.Problems(channel.Kind, r);
        return channel.Kind switch
        {
            ChannelKind.FacebookPage => new ChannelPreview(channel.Id, channel.Kind, channel.Name, r.Link, r.FacebookMessage, r.FacebookMessage.Length, PlatformLimits.FacebookMessage, null, null, null, null, null, r.ImageMediaIds, problems),
            ChannelKind.ZaloOa => new ChannelPreview(channel.Id, channel.Kind, channel.Name, r.Link, null, null, null, r.ZaloTitle, PlatformLimits.ZaloTitle, r.ZaloDescription, PlatformLimits.ZaloDescription, r.ZaloBodyHtml, [], problems),
            ChannelKind.Email => new ChannelPreview(channel.Id, channel.Kind, channel.Name, r.Link, r.EmailText, r.EmailText.Length, null, r.EmailSubject, PlatformLimits.EmailSubject, null, null, r.EmailHtml, [], problems),
            _ => new ChannelPreview(channel.Id, channel.Kind, channel.Name, r.Link, null, null, null, null, null, null, null, null, [], problems),
        };
    }
}
