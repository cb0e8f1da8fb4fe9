using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Planning.Occurrences;

/// <summary><c>/api/v1/observances/occurrences</c>: where the observances fall in a year, public.</summary>
public static class OccurrenceEndpoints
{
    public static void MapOccurrences(this IEndpointRouteBuilder api)
    {
        api.MapGet("/observances/occurrences", async Task<Ok<PagedResult<ObservanceOccurrence>>> (int? year, int? unitId, OccurrenceQueries queries, CancellationToken ct) =>
            {
                var items = await queries.ForYearAsync(year, unitId, ct);
                return TypedResults.Ok(new PagedResult<ObservanceOccurrence>(items, items.Count));
            })
            .AllowAnonymous()
            .WithTags("Observances")
            .WithName("ListObservanceOccurrences")
            .WithSummary("The year's occurrences (default: this year; 1900–2100), sorted by date, with the lunar date, the anniversary number and the round (every 5 years) and major (every 10) flags. unitId adds that unit's own observances and those of the units above it.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
