namespace TuyenGiao.Modules.Features.Newsroom.Proposals;

/// <summary>Proposes a post for the front page of <paramref name="TargetUnitId"/> (a unit above the post's unit).</summary>
public sealed record ProposeRequest(int? TargetUnitId, string? Comment);
