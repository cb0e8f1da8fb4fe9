using System.Globalization;
using System.Net;
using System.Text.Json;

namespace TuyenGiao.Modules.Features.Channels.Adapters;

/// <summary>
/// Reads the Graph API's error envelope <c>{"error":{"message","type","code","error_subcode","fbtrace_id"}}</c>
/// and its usage headers into what the outbox does next.
/// </summary>
internal static class GraphError
{
    /// <summary>Rate-limit codes: 4 app, 17 user, 32 page, 613 calls per time, 80001 page (business use case); 2 is "service temporarily unavailable".</summary>
    private static readonly int[] RateLimitCodes = [4, 17, 32, 613, 80001];

    private static readonly string[] UsageFields = ["call_count", "total_cputime", "total_time"];

    public static async Task<SendResult> FromResponseAsync(HttpResponseMessage response, string pageId, TimeSpan defaultDeferral, CancellationToken ct)
    {
        int? code = null;
        int? subcode = null;
        string? message = null;
        try
        {
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            if (json.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                code = error.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var ci) ? ci : null;
                subcode = error.TryGetProperty("error_subcode", out var s) && s.ValueKind == JsonValueKind.Number && s.TryGetInt32(out var si) ? si : null;
                message = error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            }
        }
        catch (JsonException)
        {
            // Not the envelope (a proxy's HTML page): judged by the status code below.
        }

        var codeText = code is null ? ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture) : "graph-" + code.Value.ToString(CultureInfo.InvariantCulture) + (subcode is null ? string.Empty : "/" + subcode.Value.ToString(CultureInfo.InvariantCulture));
        if (code == 190 || code == 102 || (code == 10 && subcode is null) || code == 200 && response.StatusCode == HttpStatusCode.Forbidden && subcode is null)
        {
            return new SendResult(SendOutcome.Reauth, ErrorCode: codeText, ErrorKey: "ChannelsErrorTokenFacebook", Detail: message);
        }

        if (code is { } rc && RateLimitCodes.Contains(rc))
        {
            var key = rc is 4 ? "fb-app" : "fb-page:" + pageId;
            return new SendResult(SendOutcome.RateLimited, ErrorCode: codeText, ErrorKey: "ChannelsErrorRateLimited", Detail: message, RetryAfter: Usage(response, pageId) ?? defaultDeferral, ThrottleKey: key);
        }

        if (code is 1 or 2 || (int)response.StatusCode >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return new SendResult(SendOutcome.Retry, ErrorCode: codeText, ErrorKey: "ChannelsErrorPlatformBusy", Detail: message);
        }

        return new SendResult(SendOutcome.Failed, ErrorCode: codeText, ErrorKey: code == 368 ? "ChannelsErrorContentBlocked" : "ChannelsErrorRejected", Detail: message);
    }

    /// <summary>
    /// From X-Business-Use-Case-Usage (<c>estimated_time_to_regain_access</c>, minutes) or X-App-Usage (any
    /// figure at 100 %): how long to wait; null when the headers do not say to.
    /// </summary>
    public static TimeSpan? Usage(HttpResponseMessage response, string pageId)
    {
        if (response.Headers.TryGetValues("X-Business-Use-Case-Usage", out var buc))
        {
            try
            {
                using var json = JsonDocument.Parse(buc.First());
                foreach (var page in json.RootElement.EnumerateObject())
                {
                    foreach (var entry in page.Value.EnumerateArray())
                    {
                        var minutes = entry.TryGetProperty("estimated_time_to_regain_access", out var t) && t.ValueKind == JsonValueKind.Number && t.TryGetInt32(out var ti) ? ti : 0;
                        var max = UsageFields.Max(p => entry.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var vi) ? vi : 0);
                        if (minutes > 0 || max >= 100)
                        {
                            return TimeSpan.FromMinutes(Math.Max(1, minutes));
                        }
                    }
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                // A header we cannot read says nothing.
            }
        }

        if (response.Headers.TryGetValues("X-App-Usage", out var app))
        {
            try
            {
                using var json = JsonDocument.Parse(app.First());
                var max = json.RootElement.EnumerateObject().Max(p => p.Value.ValueKind == JsonValueKind.Number && p.Value.TryGetInt32(out var v) ? v : 0);
                if (max >= 100)
                {
                    return TimeSpan.FromMinutes(10);
                }
            }
            catch (Exception ex) when (ex is JsonException or InvalidOperationException)
            {
                // As above.
            }
        }

        _ = pageId;
        return null;
    }

    /// <summary>True when the usage headers of a successful answer say the app or page is at its limit.</summary>
    public static bool NearLimit(HttpResponseMessage response, string pageId) => Usage(response, pageId) is not null;
}
