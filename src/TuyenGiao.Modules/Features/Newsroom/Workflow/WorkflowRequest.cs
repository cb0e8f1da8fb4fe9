namespace TuyenGiao.Modules.Features.Newsroom.Workflow;

/// <summary>
/// The body of a workflow step (all optional): <paramref name="Version"/> the caller saw (stale
/// answers 409), <paramref name="Comment"/> (required by reject), <paramref name="At"/> (publish
/// at a later time, ISO 8601 with offset or UTC), <paramref name="ChannelIds"/> (publish: the
/// channels to deliver to, kept with a scheduled post until it goes live).
/// </summary>
public sealed record WorkflowRequest(int? Version = null, string? Comment = null, DateTimeOffset? At = null, IReadOnlyList<long>? ChannelIds = null);
