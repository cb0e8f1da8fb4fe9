namespace TuyenGiao.Modules.Features.Newsroom.Proposals;

/// <summary>The decider's note (optional on accept, recommended on decline).</summary>
public sealed record DecideRequest(string? Comment);
