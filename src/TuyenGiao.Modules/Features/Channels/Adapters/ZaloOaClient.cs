using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace TuyenGiao.Modules.Features.Channels.Adapters;

/// <summary>
/// The Zalo OA Open API (<c>Channels:Zalo:OpenApiBaseUrl</c>): answers are HTTP 200 with
/// <c>{"error":0,"message":"Success","data":{...}}</c>, or a negative error code (-216 invalid token,
/// -32 rate limit).
/// </summary>
internal sealed class ZaloOaClient(HttpClient http, IOptions<ChannelsOptions> options)
{
    public const int InvalidToken = -216;
    public const int RateLimited = -32;

    /// <summary><c>POST /v2.0/article/create</c>: the article's token (its id comes from article/verify).</summary>
    public Task<(SendResult Result, JsonElement Data)> CreateArticleAsync(string token, object article, CancellationToken ct) =>
        CallAsync(HttpMethod.Post, "/v2.0/article/create", token, article, isWrite: true, ct);

    /// <summary><c>POST /v2.0/article/verify</c> with the creation token: the article's id once processed.</summary>
    public Task<(SendResult Result, JsonElement Data)> VerifyArticleAsync(string token, string articleToken, CancellationToken ct) =>
        CallAsync(HttpMethod.Post, "/v2.0/article/verify", token, new { token = articleToken }, isWrite: false, ct);

    /// <summary><c>GET /v2.0/article/getslice</c>: the OA's latest articles.</summary>
    public Task<(SendResult Result, JsonElement Data)> ListArticlesAsync(string token, int limit, CancellationToken ct) =>
        CallAsync(HttpMethod.Get, $"/v2.0/article/getslice?offset=0&limit={limit.ToString(CultureInfo.InvariantCulture)}&type=normal", token, null, isWrite: false, ct);

    /// <summary><c>POST /v2.0/oa/message</c> as a broadcast of the article to the OA's followers.</summary>
    public Task<(SendResult Result, JsonElement Data)> BroadcastAsync(string token, string articleId, CancellationToken ct) =>
        CallAsync(
            HttpMethod.Post,
            "/v2.0/oa/message",
            token,
            new
            {
                recipient = new { target = new { gender = "0" } },
                message = new { attachment = new { type = "template", payload = new { template_type = "media", elements = new[] { new { media_type = "article", attachment_id = articleId } } } } },
            },
            isWrite: true,
            ct);

    public async Task<(SendResult Result, JsonElement Data)> CallAsync(HttpMethod method, string path, string token, object? body, bool isWrite, CancellationToken ct)
    {
        var data = default(JsonElement);
        var result = await PlatformCalls.GuardAsync(
            async () =>
            {
                using var request = new HttpRequestMessage(method, path);
                request.Headers.Add("access_token", token);
                if (body is not null)
                {
                    request.Content = JsonContent.Create(body);
                }

                using var response = await http.SendAsync(request, ct);
                var text = await response.Content.ReadAsStringAsync(ct);
                if ((int)response.StatusCode >= 500)
                {
                    return new SendResult(SendOutcome.Retry, ErrorCode: ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), ErrorKey: "ChannelsErrorPlatformBusy", Detail: Cut(text));
                }

                JsonElement json;
                try
                {
                    json = JsonDocument.Parse(text).RootElement.Clone();
                }
                catch (JsonException)
                {
                    return new SendResult(SendOutcome.Retry, ErrorCode: ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture), ErrorKey: "ChannelsErrorPlatformBusy", Detail: Cut(text));
                }

                var error = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var ei) ? ei : 0;
                var message = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                if (error == 0)
                {
                    data = json.ValueKind == JsonValueKind.Object && json.TryGetProperty("data", out var d) ? d : default;
                    return SendResult.Ok(null);
                }

                var code = "zalo" + error.ToString(CultureInfo.InvariantCulture);
                return error switch
                {
                    -216 or -124 or -220 => new SendResult(SendOutcome.Reauth, ErrorCode: code, ErrorKey: "ChannelsErrorTokenZalo", Detail: message),
                    -32 => new SendResult(SendOutcome.RateLimited, ErrorCode: code, ErrorKey: "ChannelsErrorRateLimited", Detail: message, RetryAfter: TimeSpan.FromSeconds(options.Value.Outbox.RateLimitSeconds)),
                    -1 or -2 or -3 or -50 => new SendResult(SendOutcome.Retry, ErrorCode: code, ErrorKey: "ChannelsErrorPlatformBusy", Detail: message),
                    _ => new SendResult(SendOutcome.Failed, ErrorCode: code, ErrorKey: "ChannelsErrorRejected", Detail: message),
                };
            },
            isWrite,
            ct);
        return (result, data);
    }

    private static string Cut(string text) => text.Length > 500 ? text[..500] : text;
}
