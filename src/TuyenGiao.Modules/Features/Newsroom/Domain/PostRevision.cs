namespace TuyenGiao.Modules.Features.Newsroom.Domain;

/// <summary>
/// A saved state of a post's content (title, summary, body), numbered from 1 per post. One is
/// written on create, on every save that changes the content and on restore.
/// </summary>
internal sealed class PostRevision
{
    public long Id { get; set; }

    public long PostId { get; set; }

    public int Number { get; set; }

    public required string Title { get; set; }

    public string? Summary { get; set; }

    public required string BodyHtml { get; set; }

    public required string BodyText { get; set; }

    public DateTime CreatedAt { get; set; }

    public required string CreatedByUserId { get; set; }

    public string CreatedByName { get; set; } = string.Empty;

    /// <summary>What made it: "create", "update", "restore:{n}".</summary>
    public required string Reason { get; set; }
}
