namespace TuyenGiao.Modules.Features.Newsroom.Revisions;

/// <summary>A run of words: <c>equal</c>, <c>insert</c> (only in the newer text) or <c>delete</c> (only in the older one).</summary>
public sealed record DiffSegment(string Kind, string Text);
