namespace TuyenGiao.Modules.Features.Newsroom;

/// <summary>The newsroom's settings (section <c>Newsroom</c>), validated on start.</summary>
public sealed class NewsroomOptions
{
    public const string Section = "Newsroom";

    /// <summary>Everywhere: a post must be approved by someone other than its author (four eyes).</summary>
    public bool RequireSecondApprover { get; set; }

    /// <summary>The same rule for these units and their subtrees only.</summary>
    public List<int> SecondApproverUnitIds { get; set; } = [];

    /// <summary>Runs the scheduled-publishing worker in this process (off on web-only nodes).</summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>How often the worker looks for due posts; a due post goes live within this plus a few seconds.</summary>
    public int SchedulerPollSeconds { get; set; } = 15;

    /// <summary>
    /// Search counts hits up to this many; beyond, the total reads "more than" and pages stop there
    /// (counting every hit of a word in nearly every post costs more than the rest of the search).
    /// </summary>
    public int SearchCountLimit { get; set; } = 10_000;

    /// <summary>
    /// SQLite: a unit or topic filter holding at most this many posts is sought post by post in the
    /// full-text index (~10 µs apiece); a larger one checks each hit instead.
    /// </summary>
    public int SearchSeekLimit { get; set; } = 500;
}
