using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TuyenGiao.Modules.Features.Channels.Adapters;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Domain;
using TuyenGiao.Modules.Features.Channels.Outbox;
using TuyenGiao.Modules.Features.Channels.Tokens;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Channels.Connect;

/// <summary>
/// Connecting channels by OAuth. Zalo OA: OAuth v4 with PKCE (S256), the code exchanged for the
/// ~25 h access token and the single-use refresh token. Facebook: the code for a user token, that
/// for a long-lived one, then <c>/me/accounts</c> for the Page's own token. The state parameter is
/// the encrypted <see cref="ConnectState"/> (no server-side session), valid 15 minutes.
/// </summary>
internal sealed class ConnectService(
    AppDbContext db,
    IAccessScope access,
    IDataProtectionProvider protection,
    TokenProtector tokens,
    ZaloOAuthClient zalo,
    FacebookGraphClient graph,
    DeliverySignal signal,
    IOptions<ChannelsOptions> options,
    TimeProvider time)
{
    public const string ZaloCallbackPath = "/api/v1/channels/connect/zalo/callback";
    public const string FacebookCallbackPath = "/api/v1/channels/connect/facebook/callback";

    private IDataProtector StateProtector => protection.CreateProtector("TuyenGiao.Channels.ConnectState");

    public async Task<ConnectStart> StartAsync(long channelId, CancellationToken ct)
    {
        var channel = await db.Set<Channel>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == channelId, ct) ?? throw AppProblemException.NotFound();
        await access.EnsureAsync(Permission.ApproveContent, channel.UnitId, ct);
        var o = options.Value;
        var expires = time.GetUtcNow().UtcDateTime.AddMinutes(15);
        switch (channel.Kind)
        {
            case ChannelKind.ZaloOa:
                {
                    if (string.IsNullOrEmpty(o.Zalo.AppId) || string.IsNullOrEmpty(o.Zalo.SecretKey))
                    {
                        throw AppProblemException.Invalid(Messages.Get("ChannelsConnectNotConfigured", "Zalo"));
                    }

                    var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
                    var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
                    var state = Protect(new ConnectState(channel.Id, verifier, access.UserId, expires));
                    return new ConnectStart(channel.Id, zalo.AuthorizeUrl(o.PublicBaseUrl.TrimEnd('/') + ZaloCallbackPath, challenge, state));
                }

            case ChannelKind.FacebookPage:
                {
                    if (string.IsNullOrEmpty(o.Facebook.AppId) || string.IsNullOrEmpty(o.Facebook.AppSecret))
                    {
                        throw AppProblemException.Invalid(Messages.Get("ChannelsConnectNotConfigured", "Facebook"));
                    }

                    var state = Protect(new ConnectState(channel.Id, null, access.UserId, expires));
                    var url = o.Facebook.DialogBaseUrl.TrimEnd('/') + "/" + o.Facebook.GraphVersion + "/dialog/oauth?client_id=" + Uri.EscapeDataString(o.Facebook.AppId)
                        + "&redirect_uri=" + Uri.EscapeDataString(o.PublicBaseUrl.TrimEnd('/') + FacebookCallbackPath)
                        + "&state=" + Uri.EscapeDataString(state)
                        + "&scope=" + Uri.EscapeDataString("pages_show_list,pages_read_engagement,pages_manage_posts,read_insights");
                    return new ConnectStart(channel.Id, url);
                }

            default:
                throw AppProblemException.Invalid(Messages.Get("ChannelsNoTokenForKind"));
        }
    }

    /// <summary>Zalo's redirect: exchanges the code with the PKCE verifier and stores the pair. Returns the channel's unit.</summary>
    public async Task<int> CompleteZaloAsync(string? code, string? state, CancellationToken ct)
    {
        var s = Unprotect(state);
        var channel = await db.Set<Channel>().FirstOrDefaultAsync(c => c.Id == s.ChannelId && c.Kind == ChannelKind.ZaloOa, ct) ?? throw AppProblemException.NotFound();
        var pair = string.IsNullOrEmpty(code) || s.Verifier is null ? null : await zalo.ExchangeCodeAsync(code, s.Verifier, ct);
        if (pair is null)
        {
            throw AppProblemException.Invalid(Messages.Get("ChannelsConnectFailed", "Zalo"));
        }

        var now = time.GetUtcNow().UtcDateTime;
        channel.AccessTokenProtected = tokens.Protect(ChannelKind.ZaloOa, pair.AccessToken);
        channel.RefreshTokenProtected = tokens.Protect(ChannelKind.ZaloOa, pair.RefreshToken);
        channel.AccessTokenExpiresAt = now + pair.ExpiresIn;
        return await ConnectedAsync(channel, now, ct);
    }

    /// <summary>Facebook's redirect: code → user token → long-lived user token → the Page's token from /me/accounts.</summary>
    public async Task<int> CompleteFacebookAsync(string? code, string? state, CancellationToken ct)
    {
        var s = Unprotect(state);
        var channel = await db.Set<Channel>().FirstOrDefaultAsync(c => c.Id == s.ChannelId && c.Kind == ChannelKind.FacebookPage, ct) ?? throw AppProblemException.NotFound();
        var fb = options.Value.Facebook;
        var redirect = options.Value.PublicBaseUrl.TrimEnd('/') + FacebookCallbackPath;
        var shortToken = await graph.GetJsonAsync($"oauth/access_token?client_id={Uri.EscapeDataString(fb.AppId ?? string.Empty)}&redirect_uri={Uri.EscapeDataString(redirect)}&client_secret={Uri.EscapeDataString(fb.AppSecret ?? string.Empty)}&code={Uri.EscapeDataString(code ?? string.Empty)}", ct);
        var user = Str(shortToken, "access_token");
        var longToken = user is null ? null : await graph.GetJsonAsync($"oauth/access_token?grant_type=fb_exchange_token&client_id={Uri.EscapeDataString(fb.AppId ?? string.Empty)}&client_secret={Uri.EscapeDataString(fb.AppSecret ?? string.Empty)}&fb_exchange_token={Uri.EscapeDataString(user)}", ct);
        var longUser = Str(longToken, "access_token") ?? user;
        var accounts = longUser is null ? null : await graph.GetJsonAsync($"me/accounts?fields=id,name,access_token&limit=200&access_token={Uri.EscapeDataString(longUser)}", ct);
        string? pageToken = null;
        if (accounts is { } a && a.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array)
        {
            pageToken = data.EnumerateArray().Where(p => Str(p, "id") == channel.ExternalId).Select(p => Str(p, "access_token")).FirstOrDefault();
        }

        if (pageToken is null)
        {
            throw AppProblemException.Invalid(Messages.Get("ChannelsConnectPageNotManaged", channel.Name));
        }

        var now = time.GetUtcNow().UtcDateTime;
        channel.AccessTokenProtected = tokens.Protect(ChannelKind.FacebookPage, pageToken);
        channel.AccessTokenExpiresAt = null;
        return await ConnectedAsync(channel, now, ct);
    }

    private async Task<int> ConnectedAsync(Channel channel, DateTime now, CancellationToken ct)
    {
        channel.Status = ChannelStatus.Active;
        channel.DeactivatedAt = null;
        channel.UpdatedAt = now;
        await ChannelReconnected.RequeueAsync(db, channel.Id, now, ct);
        await db.SaveChangesAsync(ct);
        signal.Wake();
        return channel.UnitId;
    }

    private string Protect(ConnectState state) => StateProtector.Protect(JsonSerializer.Serialize(state));

    private ConnectState Unprotect(string? state)
    {
        try
        {
            var s = JsonSerializer.Deserialize<ConnectState>(StateProtector.Unprotect(state ?? string.Empty));
            if (s is not null && s.ExpiresAt > time.GetUtcNow().UtcDateTime)
            {
                return s;
            }
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException)
        {
            // Falls through to the problem below.
        }

        throw AppProblemException.Invalid(Messages.Get("ChannelsConnectStateInvalid"));
    }

    private static string? Str(JsonElement? e, string name) =>
        e is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    internal static string UnitPage(int unitId) => "/quan-tri/kenh-truyen-thong?unitId=" + unitId.ToString(CultureInfo.InvariantCulture);
}
