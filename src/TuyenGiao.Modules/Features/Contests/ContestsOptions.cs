using System.ComponentModel.DataAnnotations;

namespace TuyenGiao.Modules.Features.Contests;

/// <summary>Section <c>Contests</c>: rate limits, grace, the write batcher.</summary>
public sealed class ContestsOptions
{
    public const string Section = "Contests";

    /// <summary>Requests per minute one IP address may make to the participant endpoints (workplaces share an address behind NAT).</summary>
    [Range(1, int.MaxValue)]
    public int PerIpPerMinute { get; set; } = 1200;

    /// <summary>Registrations and attempt starts per minute for one phone number.</summary>
    [Range(1, int.MaxValue)]
    public int PerPhonePerMinute { get; set; } = 10;

    /// <summary>Seconds after the deadline during which a submission is still taken (network delay).</summary>
    [Range(0, 600)]
    public int GraceSeconds { get; set; } = 30;

    /// <summary>Submissions faster than this many seconds per question are flagged "too-fast".</summary>
    [Range(0, 60)]
    public double MinSecondsPerQuestion { get; set; } = 1.5;

    /// <summary>Most writes committed in one transaction by the write batcher.</summary>
    [Range(1, 100_000)]
    public int MaxBatch { get; set; } = 2000;

    /// <summary>Write loops, each with its own connection and transactions; 0 = automatic (1 on SQLite, which has a single writer anyway; 4 on PostgreSQL).</summary>
    [Range(0, 64)]
    public int Writers { get; set; }

    /// <summary>Writes waiting for the batcher before new ones are refused with 503.</summary>
    [Range(100, 10_000_000)]
    public int QueueCapacity { get; set; } = 100_000;
}
