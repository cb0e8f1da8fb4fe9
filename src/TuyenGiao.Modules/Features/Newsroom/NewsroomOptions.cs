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
}
