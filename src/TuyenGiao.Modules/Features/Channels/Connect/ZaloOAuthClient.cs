using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace TuyenGiao.Modules.Features.Channels.Connect;

/// <summary>
/// Zalo OAuth v4 for Official Accounts (<c>Channels:Zalo:OAuthBaseUrl</c>): <c>POST /v4/oa/access_token</c>
/// with the app's <c>secret_key</c> header, for an authorization code (with the PKCE verifier) or a
/// refresh token. The access token lives about 25 hours; the refresh token is single-use.
/// </summary>
internal sealed class ZaloOAuthClient(HttpClient http, IOptions<ChannelsOptions> options)
{
    public sealed record TokenPair(string AccessToken, string RefreshToken, TimeSpan ExpiresIn);

    public Task<TokenPair?> ExchangeCodeAsync(string code, string verifier, CancellationToken ct) =>
        RequestAsync([new("code", code), new("grant_type", "authorization_code"), new("code_verifier", verifier)], ct);

    public Task<TokenPair?> RefreshAsync(string refreshToken, CancellationToken ct) =>
        RequestAsync([new("refresh_token", refreshToken), new("grant_type", "refresh_token")], ct);

    /// <summary>The permission page an OA administrator is sent to.</summary>
    public string AuthorizeUrl(string redirectUri, string challenge, string state) =>
        options.Value.Zalo.OAuthBaseUrl.TrimEnd('/') + "/v4/oa/permission?app_id=" + Uri.EscapeDataString(options.Value.Zalo.AppId ?? string.Empty)
        + "&redirect_uri=" + Uri.EscapeDataString(redirectUri) + "&code_challenge=" + Uri.EscapeDataString(challenge) + "&state=" + Uri.EscapeDataString(state);

    private async Task<TokenPair?> RequestAsync(List<KeyValuePair<string, string>> fields, CancellationToken ct)
    {
        fields.Add(new("app_id", options.Value.Zalo.AppId ?? string.Empty));
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/v4/oa/access_token") { Content = new FormUrlEncodedContent(fields) };
            request.Headers.Add("secret_key", options.Value.Zalo.SecretKey ?? string.Empty);
            using var response = await http.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var json = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            if (!json.TryGetProperty("access_token", out var a) || !json.TryGetProperty("refresh_token", out var r))
            {
                return null;
            }

            var expires = json.TryGetProperty("expires_in", out var e)
                ? e.ValueKind == JsonValueKind.Number ? e.GetInt32() : int.Parse(e.GetString() ?? "90000", CultureInfo.InvariantCulture)
                : 90000;
            return new TokenPair(a.GetString()!, r.GetString()!, TimeSpan.FromSeconds(expires));
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && ex is HttpRequestException or TaskCanceledException or JsonException or FormatException or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException)
        {
            return null;
        }
    }
}
