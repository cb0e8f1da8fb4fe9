using TuyenGiao.Modules.Features.Newsroom.Contracts;

namespace TuyenGiao.Modules.Features.Newsroom.Domain;

/// <summary>
/// A unit proposing one of its posts for the front page of a unit above it (usually its parent);
/// that unit's Approver accepts or declines. An accepted proposal puts the post in the target
/// unit's portal section (the federation's home page when the target is the federation).
/// </summary>
internal sealed class FrontPageProposal
{
    public long Id { get; set; }

    public long PostId { get; set; }

    public int TargetUnitId { get; set; }

    public ProposalStatus Status { get; set; }

    public required string ProposedByUserId { get; set; }

    public DateTime ProposedAt { get; set; }

    public string? DecidedByUserId { get; set; }

    public DateTime? DecidedAt { get; set; }

    /// <summary>The proposer's note or the decider's reason.</summary>
    public string? Comment { get; set; }
}
