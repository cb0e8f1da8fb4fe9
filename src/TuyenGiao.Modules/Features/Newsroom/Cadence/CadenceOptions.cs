namespace TuyenGiao.Modules.Features.Newsroom.Cadence;

/// <summary>Settings under <c>Newsroom:Cadence</c>.</summary>
public sealed class CadenceOptions
{
    public const string Section = "Newsroom:Cadence";

    /// <summary>The federation's target when a unit has none (the article's "at least two posts a day").</summary>
    public int DefaultPostsPerDay { get; set; } = 2;

    /// <summary>Vietnam-time hour after which a unit still below its target is warned.</summary>
    public int WarnAtLocalHour { get; set; } = 15;

    /// <summary>Runs the every-minute warning check.</summary>
    public bool WarningsEnabled { get; set; } = true;
}
