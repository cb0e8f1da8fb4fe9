using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace TuyenGiao.Modules.Features.Channels.Adapters;

/// <summary>
/// Reads a Page's and its posts' figures from the Graph API (same base address, version and
/// resilience pipeline as <see cref="FacebookGraphClient"/>). Errors go through <see cref="GraphError"/>
/// so a reader sees the same token / rate-limit outcomes as the outbox.
/// </summary>
internal sealed class FacebookEngagementClient(HttpClient http, IOptions<ChannelsOptions> options)
{
    /// <summary>
    /// Post insight metrics read on every run. Meta retired <c>post_impressions*</c> on 15 November 2025
    /// in favour of the "views" metrics; these are the current names.
    /// </summary>
    public const string PostInsightMetrics = "post_media_view,post_total_media_view_unique,post_clicks";

    private string V => options.Value.Facebook.GraphVersion.Trim('/');

    private TimeSpan DefaultDeferral => TimeSpan.FromSeconds(options.Value.Outbox.RateLimitSeconds);

    /// <summary><c>GET /{page-id}?fields=followers_count,fan_count</c>.</summary>
    public Task<(SendResult Result, JsonElement Data)> PageAsync(string pageId, string token, CancellationToken ct) =>
        GetAsync($"{Uri.EscapeDataString(pageId)}?fields=followers_count,fan_count", pageId, token, ct);

    /// <summary><c>GET /{post-id}?fields=reactions.summary(total_count),comments.summary(total_count),shares</c>.</summary>
    public Task<(SendResult Result, JsonElement Data)> PostAsync(string pageId, string postId, string token, CancellationToken ct) =>
        GetAsync($"{Uri.EscapeDataString(postId)}?fields={Uri.EscapeDataString("reactions.limit(0).summary(total_count),comments.limit(0).summary(total_count),shares")}", pageId, token, ct);

    /// <summary><c>GET /{post-id}/insights?metric=...</c> (lifetime values).</summary>
    public Task<(SendResult Result, JsonElement Data)> InsightsAsync(string pageId, string postId, string token, CancellationToken ct) =>
        GetAsync($"{Uri.EscapeDataString(postId)}/insights?metric={PostInsightMetrics}", pageId, token, ct);

    private async Task<(SendResult Result, JsonElement Data)> GetAsync(string pathAndQuery, string pageId, string token, CancellationToken ct)
    {
        var data = default(JsonElement);
        var result = await PlatformCalls.GuardAsync(
            async () =>
            {
                var separator = pathAndQuery.Contains('?', StringComparison.Ordinal) ? '&' : '?';
                using var response = await http.GetAsync($"/{V}/{pathAndQuery}{separator}access_token={Uri.EscapeDataString(token)}", ct);
                if (!response.IsSuccessStatusCode)
                {
                    return await GraphError.FromResponseAsync(response, pageId, DefaultDeferral, ct);
                }

                try
                {
                    data = (await response.Content.ReadFromJsonAsync<JsonElement>(ct)).Clone();
                }
                catch (JsonException ex)
                {
                    return new SendResult(SendOutcome.Retry, ErrorCode: "bad-json", ErrorKey: "ChannelsErrorPlatformBusy", Detail: ex.Message);
                }

                return SendResult.Ok(null);
            },
            isWrite: false,
            ct);
        return (result, data);
    }
}
