namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

/// <summary>
/// What to search: free text (may be empty when filters are given), a topic, a unit (its own
/// posts), a publication date range in Vietnam dates (inclusive), a page from 1.
/// </summary>
public sealed record PostSearchQuery(
    string? Text,
    int? TopicId = null,
    int? UnitId = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 1,
    int PageSize = 20);
