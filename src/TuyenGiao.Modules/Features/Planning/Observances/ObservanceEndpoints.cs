using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Planning.Observances;

/// <summary><c>/api/v1/observances</c>: the observance list (signed in; scoped by unit).</summary>
public static class ObservanceEndpoints
{
    public static void MapObservances(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/observances").WithTags("Observances").RequireAuthorization();

        group.MapGet("/", async Task<Ok<PagedResult<ObservanceItem>>> (int? page, int? pageSize, ObservanceService observances, CancellationToken ct) =>
                TypedResults.Ok(await observances.ListAsync(PageQuery.From(page, pageSize), ct)))
            .WithName("ListObservances")
            .WithSummary("The observances the caller sees: the common ones, those of the units in their subtrees and of the units above them.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{id:int}", async Task<Ok<ObservanceItem>> (int id, ObservanceService observances, CancellationToken ct) =>
                TypedResults.Ok(await observances.GetAsync(id, ct)))
            .WithName("GetObservance")
            .WithSummary("One observance.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<ObservanceItem>> (SaveObservanceRequest body, ObservanceService observances, CancellationToken ct) =>
            {
                var item = await observances.CreateAsync(body, ct);
                return TypedResults.Created($"/api/v1/observances/{item.Id}", item);
            })
            .WithName("CreateObservance")
            .WithSummary("Adds an observance: a common one (system administrators) or a unit's own (that unit's managers).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:int}", async Task<Ok<ObservanceItem>> (int id, SaveObservanceRequest body, ObservanceService observances, CancellationToken ct) =>
                TypedResults.Ok(await observances.UpdateAsync(id, body, ct)))
            .WithName("UpdateObservance")
            .WithSummary("Replaces an observance's fields.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id:int}", async Task<NoContent> (int id, ObservanceService observances, CancellationToken ct) =>
            {
                await observances.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteObservance")
            .WithSummary("Removes an observance from the calendar.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
