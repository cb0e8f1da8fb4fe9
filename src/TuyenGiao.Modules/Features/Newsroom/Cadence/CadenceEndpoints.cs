using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace TuyenGiao.Modules.Features.Newsroom.Cadence;

/// <summary><c>/api/v1/cadence</c>: a unit's publishing cadence and its target.</summary>
public static class CadenceEndpoints
{
    public static void MapCadence(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/cadence").WithTags("Cadence").RequireAuthorization();

        group.MapGet("/", async Task<Ok<CadenceStats>> (int unitId, DateOnly? from, DateOnly? to, CadenceService cadence, CancellationToken ct) =>
                TypedResults.Ok(await cadence.StatsAsync(unitId, from, to, ct)))
            .WithName("GetCadence")
            .WithSummary("Posts published per Vietnam-time day against the target: today's count, days below target in the period (default: the last 30 days), the current streak and the series.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/targets/{unitId:int}", async Task<Ok<CadenceTargetItem>> (int unitId, SaveCadenceTargetRequest body, CadenceService cadence, CancellationToken ct) =>
                TypedResults.Ok(await cadence.SetTargetAsync(unitId, body, ct)))
            .WithName("SetCadenceTarget")
            .WithSummary("Sets a unit's target of posts per day (and warning hour) from a date (default today); the unit's administrators.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
