namespace TuyenGiao.Modules.Features.Channels.Engagement;

/// <summary>How one channel's import ended.</summary>
internal readonly record struct EngagementOutcome(string Kind, int Readings)
{
    public static readonly EngagementOutcome Busy = new("busy", 0);
    public static readonly EngagementOutcome NotDue = new("notDue", 0);
    public static readonly EngagementOutcome RateLimited = new("rateLimited", 0);
    public static readonly EngagementOutcome Reauth = new("reauth", 0);
    public static readonly EngagementOutcome Failed = new("failed", 0);

    public static EngagementOutcome Read(int readings) => new("read", readings);
}

/// <summary>What one pass of the import did (logged; returned to tests and operators).</summary>
internal sealed class EngagementRun
{
    public int Read { get; private set; }

    public int Readings { get; private set; }

    public int Skipped { get; private set; }

    public int Reauth { get; private set; }

    public int RateLimited { get; private set; }

    public int Failed { get; private set; }

    public void Count(EngagementOutcome outcome)
    {
        switch (outcome.Kind)
        {
            case "read":
                Read++;
                Readings += outcome.Readings;
                break;
            case "reauth":
                Reauth++;
                break;
            case "rateLimited":
                RateLimited++;
                break;
            case "failed":
                Failed++;
                break;
            default:
                Skipped++;
                break;
        }
    }
}
