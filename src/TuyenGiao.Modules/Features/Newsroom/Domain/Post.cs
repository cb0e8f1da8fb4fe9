using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Newsroom.Domain;

/// <summary>
/// A post (tin, bài): owned by a unit, written by an author, moved through the editorial workflow.
/// Its content is set through <see cref="SetContent"/>, which sanitises the body and keeps the
/// plain text and the folded search text in step with it.
/// </summary>
internal sealed class Post
{
    public long Id { get; set; }

    /// <summary>The unit that owns the post and in whose portal section it appears.</summary>
    public int UnitId { get; set; }

    public string Title { get; private set; } = string.Empty;

    public string Slug { get; set; } = string.Empty;

    public string? Summary { get; private set; }

    /// <summary>Sanitised HTML.</summary>
    public string BodyHtml { get; private set; } = string.Empty;

    /// <summary>The body as plain text (feeds, social posts, snippets).</summary>
    public string BodyText { get; private set; } = string.Empty;

    /// <summary>Title folded for search (tones and đ removed, lower case).</summary>
    public string SearchTitle { get; private set; } = string.Empty;

    /// <summary>Title, summary, body and tags folded for search.</summary>
    public string SearchText { get; private set; } = string.Empty;

    public PostFormat Format { get; set; }

    public PostStatus Status { get; set; }

    /// <summary>The cover image in the media library.</summary>
    public long? CoverMediaId { get; set; }

    public string? CoverAlt { get; set; }

    /// <summary>Nguồn / tác giả ảnh: the credit line shown under the article.</summary>
    public string? SourceCredit { get; set; }

    /// <summary>A video post's YouTube/Facebook link or uploaded MP4 (media id) lives in the body or attachments.</summary>
    public string? VideoUrl { get; set; }

    public required string AuthorUserId { get; set; }

    /// <summary>The byline as shown (the author's name at the time of writing, or a pen name).</summary>
    public string AuthorName { get; set; } = string.Empty;

    /// <summary>Shown in the featured slot of its unit's front page.</summary>
    public bool IsFeatured { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public DateTime? ApprovedAt { get; set; }

    public string? ApprovedByUserId { get; set; }

    /// <summary>When a Scheduled post goes live (UTC).</summary>
    public DateTime? PublishAt { get; set; }

    /// <summary>When it first went live (UTC); kept when unpublished and republished.</summary>
    public DateTime? PublishedAt { get; set; }

    public DateTime? WithdrawnAt { get; set; }

    /// <summary>The last rejection's comment, shown to the author in Draft.</summary>
    public string? RejectionComment { get; set; }

    /// <summary>Optimistic concurrency: two editors saving the same version — the second is told.</summary>
    public int Version { get; set; }

    public List<PostTopic> Topics { get; } = [];

    public List<PostTag> Tags { get; } = [];

    public List<PostAttachment> Attachments { get; } = [];

    /// <summary>Sets title, summary and body (sanitised) and refreshes the plain and search text.</summary>
    public void SetContent(string title, string? summary, string? bodyHtml)
    {
        Title = VietnameseText.CleanLine(title);
        Summary = string.IsNullOrWhiteSpace(summary) ? null : VietnameseText.Nfc(summary);
        BodyHtml = RichText.Sanitize(bodyHtml);
        BodyText = RichText.ToPlainText(BodyHtml);
        RefreshSearch();
    }

    /// <summary>Refreshes the folded search text (after tags change).</summary>
    public void RefreshSearch()
    {
        SearchTitle = VietnameseText.Fold(Title);
        SearchText = VietnameseText.Fold(string.Join(' ', [Title, Summary ?? string.Empty, BodyText, .. Tags.Select(t => t.Name)]));
    }
}
