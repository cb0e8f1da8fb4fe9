using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Domain;
using TuyenGiao.Modules.Features.Channels.Tokens;

namespace TuyenGiao.Modules.Features.Channels.Connect;

/// <summary>
/// One refresher per OA at a time: the refresh token is single-use, so a worker first takes the
/// OA's refresh lease with a conditional UPDATE (works on SQLite and PostgreSQL); the others wait
/// and read the new token. The new pair is written in one UPDATE that also releases the lease.
/// </summary>
internal sealed class ZaloTokenRefresher(IServiceScopeFactory scopes, ZaloOAuthClient oauth, TokenProtector tokens, TimeProvider time, ILogger<ZaloTokenRefresher> logger)
{
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    /// <summary>A working token other than <paramref name="staleToken"/>, or null when the OA must be connected again.</summary>
    public async Task<string?> RefreshAsync(long channelId, string? staleToken, CancellationToken ct)
    {
        for (var round = 0; round < 100; round++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var channel = await db.Set<Channel>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == channelId, ct);
            if (channel is null)
            {
                return null;
            }

            var current = tokens.Unprotect(ChannelKind.ZaloOa, channel.AccessTokenProtected);
            if (current is not null && current != staleToken)
            {
                return current; // someone else refreshed
            }

            var now = time.GetUtcNow().UtcDateTime;
            var lease = Guid.NewGuid();
            var taken = await db.Set<Channel>()
                .Where(c => c.Id == channelId && (c.RefreshLeaseUntil == null || c.RefreshLeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.RefreshLeaseToken, lease).SetProperty(c => c.RefreshLeaseUntil, now + Lease), ct);
            if (taken == 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), time, ct);
                continue;
            }

            // Read again under the lease: a refresh may have finished between the first read and the lease.
            channel = await db.Set<Channel>().AsNoTracking().FirstAsync(c => c.Id == channelId, ct);
            current = tokens.Unprotect(ChannelKind.ZaloOa, channel.AccessTokenProtected);
            var refresh = tokens.Unprotect(ChannelKind.ZaloOa, channel.RefreshTokenProtected);
            if ((current is not null && current != staleToken) || refresh is null)
            {
                await ReleaseAsync(db, channelId, lease, ct);
                return current != staleToken ? current : null;
            }

            var pair = await oauth.RefreshAsync(refresh, ct);
            if (pair is null)
            {
                logger.LogWarning("Zalo refresh failed for channel {ChannelId}", channelId);
                await ReleaseAsync(db, channelId, lease, ct);
                return null;
            }

            var access = tokens.Protect(ChannelKind.ZaloOa, pair.AccessToken);
            var newRefresh = tokens.Protect(ChannelKind.ZaloOa, pair.RefreshToken);
            var expires = time.GetUtcNow().UtcDateTime + pair.ExpiresIn;
            await db.Set<Channel>().Where(c => c.Id == channelId && c.RefreshLeaseToken == lease)
                .ExecuteUpdateAsync(
                    s => s.SetProperty(c => c.AccessTokenProtected, access)
                        .SetProperty(c => c.RefreshTokenProtected, newRefresh)
                        .SetProperty(c => c.AccessTokenExpiresAt, expires)
                        .SetProperty(c => c.RefreshLeaseToken, (Guid?)null)
                        .SetProperty(c => c.RefreshLeaseUntil, (DateTime?)null),
                    ct);
            logger.LogInformation("Zalo token refreshed for channel {ChannelId}", channelId);
            return pair.AccessToken;
        }

        return null;
    }

    private static Task<int> ReleaseAsync(AppDbContext db, long channelId, Guid lease, CancellationToken ct) =>
        db.Set<Channel>().Where(c => c.Id == channelId && c.RefreshLeaseToken == lease)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RefreshLeaseToken, (Guid?)null).SetProperty(c => c.RefreshLeaseUntil, (DateTime?)null), ct);
}
