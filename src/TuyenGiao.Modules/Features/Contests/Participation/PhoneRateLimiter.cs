using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Contests.Participation;

/// <summary>The per-phone limit on registrations and attempt starts (the per-IP limit is the "contests-ip" middleware policy).</summary>
internal sealed class PhoneRateLimiter(IOptions<ContestsOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PerPhonePerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public void Check(int contestId, string phone)
    {
        using var lease = limiter.AttemptAcquire(contestId.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + phone);
        if (!lease.IsAcquired)
        {
            throw new AppProblemException(429, Messages.Get("ContestsTooManyRequests"), Messages.Get("ContestsTooManyPerPhone"));
        }
    }

    public void Dispose() => limiter.Dispose();
}
