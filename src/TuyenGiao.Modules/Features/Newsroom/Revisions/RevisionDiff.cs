namespace TuyenGiao.Modules.Features.Newsroom.Revisions;

/// <summary>A word-level comparison of two revisions' title, summary and body (plain text).</summary>
public sealed record RevisionDiff(int From, int To, IReadOnlyList<DiffSegment> Title, IReadOnlyList<DiffSegment> Summary, IReadOnlyList<DiffSegment> Body, int Inserted, int Deleted);
