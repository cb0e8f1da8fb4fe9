using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace TuyenGiao.Modules.Features.Channels.Adapters;

/// <summary>
/// The Graph API over a typed HttpClient (base address <c>Channels:Facebook:GraphBaseUrl</c>, the
/// version <c>Channels:Facebook:GraphVersion</c> in front of every path). Timeouts, a circuit breaker
/// and retries for reads only come from the resilience pipeline registered with it.
/// </summary>
internal sealed class FacebookGraphClient(HttpClient http, IOptions<ChannelsOptions> options)
{
    private string V => options.Value.Facebook.GraphVersion.Trim('/');

    private TimeSpan DefaultDeferral => TimeSpan.FromSeconds(options.Value.Outbox.RateLimitSeconds);

    /// <summary><c>POST /{page-id}/photos published=false</c>: an unpublished photo to attach; its id.</summary>
    public Task<SendResult> UploadPhotoAsync(string pageId, string token, Stream content, string contentType, string fileName, CancellationToken ct) =>
        PlatformCalls.GuardAsync(
            async () =>
            {
                using var form = new MultipartFormDataContent();
                var file = new StreamContent(content);
                file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
                form.Add(new StringContent("false"), "published");
                form.Add(new StringContent(token), "access_token");
                form.Add(file, "source", fileName);
                using var response = await http.PostAsync($"/{V}/{Uri.EscapeDataString(pageId)}/photos", form, ct);
                return await IdOrErrorAsync(response, pageId, ct);
            },
            isWrite: false, // an unpublished photo nobody sees: sending it again is harmless
            ct);

    /// <summary><c>POST /{page-id}/feed</c> with message, link and attached_media; the new post's id.</summary>
    public Task<SendResult> PostFeedAsync(string pageId, string token, string message, string? link, IReadOnlyList<string> mediaIds, CancellationToken ct) =>
        PlatformCalls.GuardAsync(
            async () =>
            {
                var fields = new List<KeyValuePair<string, string>>
                {
                    new("message", message),
                    new("access_token", token),
                };
                if (link is not null)
                {
                    fields.Add(new("link", link));
                }

                for (var i = 0; i < mediaIds.Count; i++)
                {
                    fields.Add(new($"attached_media[{i}]", JsonSerializer.Serialize(new { media_fbid = mediaIds[i] })));
                }

                using var body = new FormUrlEncodedContent(fields);
                using var response = await http.PostAsync($"/{V}/{Uri.EscapeDataString(pageId)}/feed", body, ct);
                return await IdOrErrorAsync(response, pageId, ct);
            },
            isWrite: true,
            ct);

    /// <summary>
    /// <c>GET /{page-id}/feed?fields=id,message,link,created_time</c>: looks for <paramref name="link"/> in
    /// the page's recent posts.
    /// </summary>
    public async Task<ReconcileResult> FindInFeedAsync(string pageId, string token, string link, int limit, CancellationToken ct)
    {
        string? found = null;
        var result = await PlatformCalls.GuardAsync(
            async () =>
            {
                var url = $"/{V}/{Uri.EscapeDataString(pageId)}/feed?fields=id,message,link,created_time&limit={limit}&access_token={Uri.EscapeDataString(token)}";
                using var response = await http.GetAsync(url, ct);
                if (!response.IsSuccessStatusCode)
                {
                    return await GraphError.FromResponseAsync(response, pageId, DefaultDeferral, ct);
                }

                var feed = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
                if (feed.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
                {
                    foreach (var item in data.EnumerateArray())
                    {
                        var message = item.TryGetProperty("message", out var m) ? m.GetString() : null;
                        var itemLink = item.TryGetProperty("link", out var l) ? l.GetString() : null;
                        if ((message?.Contains(link, StringComparison.Ordinal) ?? false) || string.Equals(itemLink, link, StringComparison.Ordinal))
                        {
                            found = item.GetProperty("id").GetString();
                            break;
                        }
                    }
                }

                return SendResult.Ok(found);
            },
            isWrite: false,
            ct);
        return result.Outcome != SendOutcome.Published ? ReconcileResult.Failed(result) : found is null ? ReconcileResult.Missing : ReconcileResult.At(found);
    }

    /// <summary>A GET returning JSON (OAuth exchanges, /me/accounts, insights); null on any error.</summary>
    public async Task<JsonElement?> GetJsonAsync(string pathAndQuery, CancellationToken ct)
    {
        try
        {
            using var response = await http.GetAsync($"/{V}/{pathAndQuery.TrimStart('/')}", ct);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            return await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && ex is HttpRequestException or TaskCanceledException or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException or JsonException)
        {
            return null;
        }
    }

    private async Task<SendResult> IdOrErrorAsync(HttpResponseMessage response, string pageId, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
        {
            return await GraphError.FromResponseAsync(response, pageId, DefaultDeferral, ct);
        }

        var json = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        var id = json.TryGetProperty("post_id", out var p) ? p.GetString() : json.TryGetProperty("id", out var i) ? i.GetString() : null;
        return SendResult.Ok(id);
    }
}
