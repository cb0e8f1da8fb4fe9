namespace TuyenGiao.Modules.Features.Newsroom.Posts;

/// <summary>
/// The body of create and update. <paramref name="Version"/> is required on update: the version the
/// editor started from (a stale one answers 409). <paramref name="AuthorName"/> is the byline
/// (default: the writer's account name).
/// </summary>
public sealed record SavePostRequest(
    int? UnitId,
    string? Title,
    string? Summary,
    string? BodyHtml,
    string? Format,
    IReadOnlyList<int>? TopicIds,
    IReadOnlyList<string>? Tags,
    long? CoverMediaId,
    string? CoverAlt,
    string? SourceCredit,
    IReadOnlyList<AttachmentRequest>? Attachments,
    string? VideoUrl = null,
    string? AuthorName = null,
    int? Version = null);
