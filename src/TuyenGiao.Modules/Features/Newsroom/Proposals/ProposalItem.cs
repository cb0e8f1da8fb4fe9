using TuyenGiao.Modules.Features.Newsroom.Contracts;

namespace TuyenGiao.Modules.Features.Newsroom.Proposals;

/// <summary>A front-page proposal with the post it carries. <paramref name="CanDecide"/>: the caller may accept or decline it.</summary>
public sealed record ProposalItem(
    long Id,
    long PostId,
    string PostTitle,
    PostStatus PostStatus,
    int PostUnitId,
    string PostUnitName,
    int TargetUnitId,
    string TargetUnitName,
    ProposalStatus Status,
    DateTime ProposedAt,
    DateTime? DecidedAt,
    string? Comment,
    bool CanDecide);
