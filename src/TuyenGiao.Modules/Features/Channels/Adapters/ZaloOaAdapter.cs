using System.Text.Json;
using Microsoft.Extensions.Options;
using TuyenGiao.Modules.Features.Channels.Contracts;

namespace TuyenGiao.Modules.Features.Channels.Adapters;

/// <summary>
/// A Zalo OA article: <c>article/create</c>, then <c>article/verify</c> polled for its id; optionally
/// broadcast to followers. An invalid token is refreshed once (single-flight per OA) before the
/// channel is declared in need of re-authorisation.
/// </summary>
internal sealed class ZaloOaAdapter(ZaloOaClient zalo, IOptions<ChannelsOptions> options, TimeProvider time) : IChannelAdapter
{
    public ChannelKind Kind => ChannelKind.ZaloOa;

    public IReadOnlyList<string> ThrottleKeys(ChannelTarget target) => ["zalo-oa:" + target.ExternalId];

    public async Task<SendResult> SendAsync(ChannelTarget target, RenderedPost post, CancellationToken ct)
    {
        var article = new
        {
            type = "normal",
            title = post.ZaloTitle,
            author = post.ZaloAuthor,
            description = post.ZaloDescription,
            cover = post.CoverUrl is null ? null : new { cover_type = "photo", photo_url = post.CoverUrl, status = "show" },
            body = new[] { new { type = "text", content = post.ZaloBodyHtml } },
            status = "show",
            comment = "show",
        };
        var (created, data, token) = await WithRefreshAsync(target, (t, c) => zalo.CreateArticleAsync(t, article, c), ct);
        if (created.Outcome != SendOutcome.Published)
        {
            return created with { ThrottleKey = created.ThrottleKey ?? ThrottleKeys(target)[0] };
        }

        var articleToken = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("token", out var tk) ? tk.GetString() : null;
        string? id = null;
        for (var i = 0; articleToken is not null && i < options.Value.Zalo.VerifyPolls && id is null; i++)
        {
            var (verified, vdata) = await zalo.VerifyArticleAsync(token!, articleToken, ct);
            if (verified.Outcome == SendOutcome.Published && vdata.ValueKind == JsonValueKind.Object && vdata.TryGetProperty("id", out var vid))
            {
                id = vid.GetString();
            }
            else
            {
                await Task.Delay(TimeSpan.FromMilliseconds(options.Value.Zalo.VerifyDelayMilliseconds), time, ct);
            }
        }

        if (id is not null && options.Value.Zalo.Broadcast)
        {
            // The article is live either way; a broadcast beyond the OA's quota is not a failed delivery.
            await zalo.BroadcastAsync(token!, id, ct);
        }

        // Created but no id from verify: the article exists (or will), so it is never sent again; the
        // delivery is settled by reading the OA's article list, which gives the real id (a creation
        // token stored as the id would match nothing later, engagement figures included).
        return id is not null
            ? SendResult.Ok(id)
            : new SendResult(SendOutcome.Unconfirmed, ErrorCode: "unverified", ErrorKey: "ChannelsErrorZaloUnverified");
    }

    public async Task<ReconcileResult> ReconcileAsync(ChannelTarget target, RenderedPost post, CancellationToken ct)
    {
        var (listed, data, _) = await WithRefreshAsync(target, (t, c) => zalo.ListArticlesAsync(t, options.Value.Outbox.ReconcileDepth, c), ct);
        if (listed.Outcome != SendOutcome.Published)
        {
            return ReconcileResult.Failed(listed);
        }

        if (data.ValueKind == JsonValueKind.Object && data.TryGetProperty("medias", out var medias) && medias.ValueKind == JsonValueKind.Array)
        {
            foreach (var media in medias.EnumerateArray())
            {
                var title = media.TryGetProperty("title", out var t) ? t.GetString() : null;
                var description = media.TryGetProperty("description", out var d) ? d.GetString() : null;
                var link = media.TryGetProperty("link", out var l) ? l.GetString() : null;
                if (string.Equals(title, post.ZaloTitle, StringComparison.Ordinal) || (link?.Contains(post.Link, StringComparison.Ordinal) ?? false) || (description?.Contains(post.Link, StringComparison.Ordinal) ?? false))
                {
                    return ReconcileResult.At(media.TryGetProperty("id", out var id) ? id.GetString() : null);
                }
            }
        }

        return ReconcileResult.Missing;
    }

    /// <summary>Runs a call; on an invalid token refreshes once and runs it again.</summary>
    private static async Task<(SendResult Result, JsonElement Data, string? Token)> WithRefreshAsync(
        ChannelTarget target,
        Func<string, CancellationToken, Task<(SendResult, JsonElement)>> call,
        CancellationToken ct)
    {
        var token = target.AccessToken;
        if (token is null && target.RefreshAsync is { } r0)
        {
            token = await r0(ct);
        }

        if (token is null)
        {
            return (new SendResult(SendOutcome.Reauth, ErrorCode: "no-token", ErrorKey: "ChannelsErrorNoToken"), default, null);
        }

        var (result, data) = await call(token, ct);
        if (result.Outcome == SendOutcome.Reauth && target.RefreshAsync is { } refresh && await refresh(ct) is { } fresh)
        {
            token = fresh;
            (result, data) = await call(token, ct);
        }

        return (result, data, token);
    }
}
