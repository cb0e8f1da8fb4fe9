using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Newsroom.Search;

/// <summary>
/// <c>GET /api/v1/posts/search</c> (back-office: every status, the caller's subtree) and
/// <c>GET /api/v1/search</c> (public: published posts only).
/// </summary>
public static class PostSearchEndpoints
{
    public static void MapPostSearch(this IEndpointRouteBuilder api)
    {
        api.MapGet("/posts/search", async Task<Ok<PostSearchResults>> (
                string? q, int? topicId, int? unitId, string? from, string? to, string? status, int? page, int? pageSize,
                PostSearchService search, IAccessScope access, CancellationToken ct) =>
            {
                var paging = PageQuery.From(page, pageSize);
                var query = Parse(q, topicId, unitId, from, to, paging);
                IReadOnlyList<PostStatus>? statuses = null;
                if (!string.IsNullOrWhiteSpace(status))
                {
                    var parsed = new List<PostStatus>();
                    foreach (var part in status.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                    {
                        parsed.Add(Enum.TryParse<PostStatus>(part, ignoreCase: true, out var s) && Enum.IsDefined(s) && !int.TryParse(part, out _)
                            ? s
                            : throw AppProblemException.Invalid([new FieldError("status", Messages.Get("SearchBadStatus", part))]));
                    }

                    statuses = parsed;
                }

                if (unitId is { } unit)
                {
                    await access.EnsureAsync(Permission.EditContent, unit, ct);
                }

                var roots = await access.RootsAsync(Permission.EditContent, ct);
                return TypedResults.Ok(await search.SearchAsync(query, statuses, roots, ct));
            })
            .RequireAuthorization()
            .WithTags("Posts")
            .WithName("SearchPosts")
            .WithSummary("Back-office search over title, summary and body (tones and đ ignored, exact form first): every status, limited to the caller's units.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/search", async Task<Ok<PublicSearchResults>> (
                string? q, int? topicId, int? unitId, string? from, string? to, int? page, int? pageSize, IPostSearch search, CancellationToken ct) =>
            {
                var paging = PageQuery.From(page, pageSize);
                var query = Parse(q, topicId, unitId, from, to, paging);
                if (string.IsNullOrWhiteSpace(q) && topicId is null && unitId is null && query.From is null && query.To is null)
                {
                    return TypedResults.Ok(new PublicSearchResults([], 0, false));
                }

                var result = await search.SearchPublishedAsync(query, ct);
                return TypedResults.Ok(new PublicSearchResults(
                    [.. result.Items.Select(h => new PublicSearchItem(h.Id, h.Title, h.Url, h.SnippetHtml, h.TitleHtml, h.PublishedAt, h.UnitId, h.UnitName))],
                    result.Total,
                    result.TotalIsLowerBound));
            })
            .AllowAnonymous()
            .WithTags("Search")
            .WithName("SearchPublishedPosts")
            .WithSummary("Public search over published posts, best first; snippets are HTML-escaped with matches in <mark>. Hits are counted up to 10,000: beyond, total is 10000 and totalIsLowerBound true.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static PostSearchQuery Parse(string? q, int? topicId, int? unitId, string? from, string? to, PageQuery paging)
    {
        if (q is { Length: > PostSearchService.MaxQueryLength })
        {
            throw AppProblemException.Invalid([new FieldError("q", Messages.Get("SearchQueryTooLong", PostSearchService.MaxQueryLength))]);
        }

        var fromDate = DateQuery.Parse(from, "from");
        var toDate = DateQuery.Parse(to, "to");
        if (fromDate > toDate)
        {
            throw AppProblemException.Invalid([new FieldError("to", Messages.Get("SearchDatesReversed"))]);
        }

        return new PostSearchQuery(q, topicId, unitId, fromDate, toDate, paging.Page, paging.PageSize);
    }
}
