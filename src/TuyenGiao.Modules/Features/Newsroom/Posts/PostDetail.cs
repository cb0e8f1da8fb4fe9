using TuyenGiao.Modules.Features.Newsroom.Contracts;

namespace TuyenGiao.Modules.Features.Newsroom.Posts;

/// <summary>
/// One post as the back-office and the API show it. <paramref name="Actions"/> are the workflow
/// steps the caller may take now (edit, submit, approve, reject, publish, unpublish, archive,
/// restore, propose); <paramref name="Url"/> is the public address (live once published).
/// </summary>
public sealed record PostDetail(
    long Id,
    int UnitId,
    string UnitName,
    string Title,
    string Slug,
    string? Summary,
    string BodyHtml,
    PostStatus Status,
    PostFormat Format,
    IReadOnlyList<int> TopicIds,
    IReadOnlyList<string> Tags,
    long? CoverMediaId,
    string? CoverAlt,
    string? SourceCredit,
    string? VideoUrl,
    IReadOnlyList<AttachmentItem> Attachments,
    string AuthorUserId,
    string AuthorName,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? SubmittedAt,
    DateTime? ApprovedAt,
    DateTime? PublishAt,
    DateTime? PublishedAt,
    IReadOnlyList<long> ScheduledChannelIds,
    string? RejectionComment,
    string Url,
    int Version,
    IReadOnlyList<string> Actions);
