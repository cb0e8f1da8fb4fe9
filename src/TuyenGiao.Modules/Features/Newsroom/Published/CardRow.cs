using TuyenGiao.Modules.Features.Newsroom.Contracts;

namespace TuyenGiao.Modules.Features.Newsroom.Published;

/// <summary>The columns a post card needs, read in one query.</summary>
internal sealed record CardRow(
    long Id,
    string Title,
    string Slug,
    string? Summary,
    DateTime PublishedAt,
    DateTime UpdatedAt,
    int UnitId,
    PostFormat Format,
    long? CoverMediaId,
    string? CoverAlt,
    int? TopicId);
