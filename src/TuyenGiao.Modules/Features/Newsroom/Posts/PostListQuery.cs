using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Newsroom.Posts;

/// <summary>
/// Filters of the post list: a unit (with its subtree), a status, a topic, a format, an author
/// (user id), a date range on the last change (yyyy-MM-dd, Vietnam dates, inclusive) and a few
/// words matched without tones in the title.
/// </summary>
public sealed record PostListQuery(
    int? UnitId = null,
    string? Status = null,
    int? TopicId = null,
    string? Format = null,
    string? AuthorUserId = null,
    string? From = null,
    string? To = null,
    string? Q = null,
    PageQuery Page = default);
