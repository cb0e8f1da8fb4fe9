using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Planning.Plans;

/// <summary><c>/api/v1/plans</c>: communication plans of the units the caller sees, and their DOCX export.</summary>
public static class PlanEndpoints
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static void MapPlans(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/plans").WithTags("Plans").RequireAuthorization();

        group.MapGet("/", async Task<Ok<PagedResult<PlanSummary>>> (int? under, int? year, string? q, int? page, int? pageSize, PlanService plans, CancellationToken ct) =>
                TypedResults.Ok(await plans.ListAsync(under, year, q, PageQuery.From(page, pageSize), ct)))
            .WithName("ListPlans")
            .WithSummary("Plans of the units the caller sees, newest year first; under= a unit's subtree, year=, q= title words (diacritics optional). Each carries its activity count, overdue activities and budget total.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:int}", async Task<Ok<PlanItem>> (int id, PlanService plans, CancellationToken ct) =>
                TypedResults.Ok(await plans.GetAsync(id, ct)))
            .WithName("GetPlan")
            .WithSummary("One plan with its messages, audiences, channels, linked observances and campaigns, activities (overdue flagged) and budget lines.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<PlanItem>> (SavePlanRequest body, PlanService plans, CancellationToken ct) =>
            {
                var item = await plans.CreateAsync(body, ct);
                return TypedResults.Created($"/api/v1/plans/{item.Id}", item);
            })
            .WithName("CreatePlan")
            .WithSummary("Adds a plan to a unit (EditContent in that unit). Every field is checked; nothing is saved when one is wrong.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:int}", async Task<Ok<PlanItem>> (int id, SavePlanRequest body, PlanService plans, CancellationToken ct) =>
                TypedResults.Ok(await plans.UpdateAsync(id, body, ct)))
            .WithName("UpdatePlan")
            .WithSummary("Replaces a plan, its activities, budget lines and links.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id:int}", async Task<NoContent> (int id, PlanService plans, CancellationToken ct) =>
            {
                await plans.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeletePlan")
            .WithSummary("Removes a plan; pieces commissioned under it stay with their media partner.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:int}/docx", async Task<FileContentHttpResult> (int id, PlanService plans, CancellationToken ct) =>
            {
                var (content, fileName) = await plans.DocxAsync(id, ct);
                return TypedResults.File(content, DocxContentType, fileName);
            })
            .WithName("ExportPlanDocx")
            .WithSummary("The plan as a Word document in the Vietnamese administrative layout (header, sections, activity and budget tables with totals).")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
