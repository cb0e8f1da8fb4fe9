using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Planning.Campaigns;

/// <summary><c>/api/v1/campaigns</c>: campaigns and programmes, activity reports, progress against targets.</summary>
public static class CampaignEndpoints
{
    public static void MapCampaigns(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/campaigns").WithTags("Campaigns").RequireAuthorization();

        group.MapGet("/", async Task<Ok<PagedResult<CampaignItem>>> (int? page, int? pageSize, CampaignService campaigns, CancellationToken ct) =>
                TypedResults.Ok(await campaigns.ListAsync(PageQuery.From(page, pageSize), ct)))
            .WithName("ListCampaigns")
            .WithSummary("Campaigns of the units the caller sees and those the caller's units take part in.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapPost("/", async Task<Created<CampaignItem>> (SaveCampaignRequest body, CampaignService campaigns, CancellationToken ct) =>
            {
                var item = await campaigns.CreateAsync(body, ct);
                return TypedResults.Created($"/api/v1/campaigns/{item.Id}", item);
            })
            .WithName("CreateCampaign")
            .WithSummary("Adds a campaign with indicators and targets (ApproveContent in the owning unit).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:int}", async Task<Ok<CampaignItem>> (int id, CampaignService campaigns, CancellationToken ct) =>
                TypedResults.Ok(await campaigns.GetAsync(id, ct)))
            .WithName("GetCampaign")
            .WithSummary("One campaign.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:int}", async Task<Ok<CampaignItem>> (int id, SaveCampaignRequest body, CampaignService campaigns, CancellationToken ct) =>
                TypedResults.Ok(await campaigns.UpdateAsync(id, body, ct)))
            .WithName("UpdateCampaign")
            .WithSummary("Replaces a campaign's fields.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id:int}", async Task<NoContent> (int id, CampaignService campaigns, CancellationToken ct) =>
            {
                await campaigns.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteCampaign")
            .WithSummary("Removes a campaign and its reports.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:int}/reports", async Task<Ok<PagedResult<CampaignReportItem>>> (int id, int? unitId, int? page, int? pageSize, CampaignService campaigns, CancellationToken ct) =>
                TypedResults.Ok(await campaigns.ReportsAsync(id, unitId, PageQuery.From(page, pageSize), ct)))
            .WithName("ListCampaignReports")
            .WithSummary("Activity reports the caller sees, newest period first.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:int}/reports", async Task<Ok<CampaignReportItem>> (int id, SubmitCampaignReportRequest body, CampaignService campaigns, CancellationToken ct) =>
                TypedResults.Ok(await campaigns.ReportAsync(id, body, ct)))
            .WithName("ReportOnCampaign")
            .WithSummary("A participating unit reports a period's values per indicator (EditContent on the unit); the same unit and start date replaces.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:int}/progress", async Task<Ok<CampaignProgress>> (int id, string? interval, CampaignService campaigns, CancellationToken ct) =>
                TypedResults.Ok(await campaigns.ProgressAsync(id, interval, ct)))
            .WithName("GetCampaignProgress")
            .WithSummary("Cumulative totals per indicator by week or month, and the percent of each target.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
