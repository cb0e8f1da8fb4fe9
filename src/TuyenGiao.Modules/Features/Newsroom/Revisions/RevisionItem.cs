namespace TuyenGiao.Modules.Features.Newsroom.Revisions;

/// <summary>A revision in the history list (newest first) or opened (with its content).</summary>
public sealed record RevisionItem(int Number, DateTime CreatedAt, string CreatedByName, string Reason, string Title, string? Summary = null, string? BodyHtml = null);
