using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Features.Contests.Participation;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Contests.Results;

/// <summary><c>GET /api/v1/contests/{id}/public-results</c>: what the public results page shows, as JSON (no sign-in).</summary>
public static class PublicResultsEndpoints
{
    public static void MapPublicResults(this IEndpointRouteBuilder api)
    {
        api.MapGet("/contests/{id:int}/public-results", async Task<Ok<PublicContestResults>> (int id, PublicResultsService results, CancellationToken ct) =>
                TypedResults.Ok(await results.GetAsync(id, ct) ?? throw AppProblemException.NotFound()))
            .WithTags("Contests: taking part")
            .AllowAnonymous()
            .RequireRateLimiting(ParticipationEndpoints.IpPolicy)
            .WithName("GetContestPublicResults")
            .WithSummary("A published contest's public results: per closed round (and overall once all have closed) the winners with masked names, and the unit prizes per level (upper-level and grassroots unions).")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
