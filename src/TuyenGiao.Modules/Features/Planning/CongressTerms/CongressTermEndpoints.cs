using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Planning.CongressTerms;

/// <summary><c>/api/v1/congress-terms</c>: units' congress terms, and the year's congresses for the calendar (public).</summary>
public static class CongressTermEndpoints
{
    public static void MapCongressTerms(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/congress-terms").WithTags("Congress terms").RequireAuthorization();

        group.MapGet("/", async Task<Ok<PagedResult<CongressTermItem>>> (int? unitId, int? under, int? year, int? page, int? pageSize, CongressTermService terms, CancellationToken ct) =>
                TypedResults.Ok(await terms.ListAsync(unitId, under, year, PageQuery.From(page, pageSize), ct)))
            .WithName("ListCongressTerms")
            .WithSummary("Congress terms of the units the caller sees, latest first; unitId= one unit, under= a subtree, year= terms covering that year. status: Upcoming, Current, Completed or EndedEarly.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/calendar", async Task<Ok<PagedResult<CongressDateItem>>> (int? year, CongressTermService terms, CancellationToken ct) =>
            {
                var items = await terms.CalendarAsync(year, ct);
                return TypedResults.Ok(new PagedResult<CongressDateItem>(items, items.Count));
            })
            .AllowAnonymous()
            .WithName("ListCongressDates")
            .WithSummary("The congresses of a year (default: this year; 1900–2100) by date, for the observance calendar; units named as they were on the day. Public.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{id:int}", async Task<Ok<CongressTermItem>> (int id, CongressTermService terms, CancellationToken ct) =>
                TypedResults.Ok(await terms.GetAsync(id, ct)))
            .WithName("GetCongressTerm")
            .WithSummary("One congress term.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<CongressTermItem>> (SaveCongressTermRequest body, CongressTermService terms, CancellationToken ct) =>
            {
                var item = await terms.CreateAsync(body, ct);
                return TypedResults.Created($"/api/v1/congress-terms/{item.Id}", item);
            })
            .WithName("CreateCongressTerm")
            .WithSummary("Adds a unit's congress term (ManageUnits in that unit); one term per unit and start year.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:int}", async Task<Ok<CongressTermItem>> (int id, SaveCongressTermRequest body, CongressTermService terms, CancellationToken ct) =>
                TypedResults.Ok(await terms.UpdateAsync(id, body, ct)))
            .WithName("UpdateCongressTerm")
            .WithSummary("Replaces a term's fields, e.g. marks it ended early with the day and the reason.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id:int}", async Task<NoContent> (int id, CongressTermService terms, CancellationToken ct) =>
            {
                await terms.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteCongressTerm")
            .WithSummary("Removes a congress term.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
