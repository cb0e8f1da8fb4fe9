using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;

namespace TuyenGiao.Modules.Features.Channels.Adapters;

/// <summary>
/// A Facebook Page feed post: the post's plain text and the portal link as the message; its images
/// uploaded unpublished (<c>POST /{page-id}/photos published=false</c>) then attached with
/// <c>attached_media</c>. Without the media library (or images) it posts the text and link alone.
/// </summary>
internal sealed class FacebookPageAdapter(FacebookGraphClient graph, IServiceProvider services, IOptions<ChannelsOptions> options) : IChannelAdapter
{
    public ChannelKind Kind => ChannelKind.FacebookPage;

    public IReadOnlyList<string> ThrottleKeys(ChannelTarget target) => ["fb-app", "fb-page:" + target.ExternalId];

    public async Task<SendResult> SendAsync(ChannelTarget target, RenderedPost post, CancellationToken ct)
    {
        if (target.AccessToken is not { } token)
        {
            return new SendResult(SendOutcome.Reauth, ErrorCode: "no-token", ErrorKey: "ChannelsErrorNoToken");
        }

        var mediaIds = new List<string>();
        var media = services.GetService<IMediaFiles>();
        if (media is not null)
        {
            foreach (var id in post.ImageMediaIds)
            {
                var info = await media.GetAsync(id, ct);
                if (info is not { Kind: MediaKind.Image })
                {
                    continue;
                }

                await using var stream = await media.OpenReadAsync(id, null, ct);
                if (stream is null)
                {
                    continue;
                }

                var uploaded = await graph.UploadPhotoAsync(target.ExternalId, token, stream, info.ContentType, info.FileName, ct);
                if (uploaded.Outcome != SendOutcome.Published)
                {
                    // Nothing is public yet: the delivery is retried (or deferred) as a whole.
                    return uploaded.Outcome == SendOutcome.Unconfirmed ? uploaded with { Outcome = SendOutcome.Retry } : uploaded;
                }

                if (uploaded.RemoteId is { } photoId)
                {
                    mediaIds.Add(photoId);
                }
            }
        }

        // With photos attached Facebook shows them instead of a link preview: the link is in the message.
        return await graph.PostFeedAsync(target.ExternalId, token, post.FacebookMessage, mediaIds.Count == 0 ? post.Link : null, mediaIds, ct);
    }

    public Task<ReconcileResult> ReconcileAsync(ChannelTarget target, RenderedPost post, CancellationToken ct) =>
        target.AccessToken is { } token
            ? graph.FindInFeedAsync(target.ExternalId, token, post.Link, options.Value.Outbox.ReconcileDepth, ct)
            : Task.FromResult(ReconcileResult.Failed(new SendResult(SendOutcome.Reauth, ErrorCode: "no-token", ErrorKey: "ChannelsErrorNoToken")));
}
