using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Planning.Guidance;

/// <summary><c>/api/v1/guidances</c>: issue a guidance, acknowledge and report on it, follow the matrix and the totals.</summary>
public static class GuidanceEndpoints
{
    public static void MapGuidances(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/guidances").WithTags("Guidances").RequireAuthorization();

        group.MapGet("/", async Task<Ok<PagedResult<GuidanceSummary>>> (int? page, int? pageSize, GuidanceService guidances, CancellationToken ct) =>
                TypedResults.Ok(await guidances.ListAsync(PageQuery.From(page, pageSize), ct)))
            .WithName("ListGuidances")
            .WithSummary("Guidances issued by a unit the caller sees or sent to one, newest first, with progress among the rows the caller sees.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapPost("/", async Task<Created<GuidanceDetail>> (IssueGuidanceRequest body, GuidanceService guidances, CancellationToken ct) =>
            {
                var item = await guidances.IssueAsync(body, ct);
                return TypedResults.Created($"/api/v1/guidances/{item.Id}", item);
            })
            .WithName("IssueGuidance")
            .WithSummary("Issues a guidance to the issuer's whole subtree or to chosen units under it (needs ApproveContent in the issuing unit); one recipient row per unit, as the hierarchy stands today.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/tasks", async Task<Ok<PagedResult<GuidanceTask>>> (bool? pending, int? page, int? pageSize, GuidanceService guidances, CancellationToken ct) =>
                TypedResults.Ok(await guidances.TasksAsync(pending ?? true, PageQuery.From(page, pageSize), ct)))
            .WithName("ListGuidanceTasks")
            .WithSummary("The guidances the units the caller edits for must acknowledge and report on (pending=false: reported ones too).")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapGet("/{id:int}", async Task<Ok<GuidanceDetail>> (int id, GuidanceService guidances, CancellationToken ct) =>
                TypedResults.Ok(await guidances.GetAsync(id, ct)))
            .WithName("GetGuidance")
            .WithSummary("One guidance: content, key messages, attachments, deadline and report form.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:int}/matrix", async Task<Ok<GuidanceMatrix>> (int id, OrgLevel? level, string? status, int? page, int? pageSize, GuidanceService guidances, CancellationToken ct) =>
                TypedResults.Ok(await guidances.MatrixAsync(id, level, status, PageQuery.From(page, pageSize), ct)))
            .WithName("GetGuidanceMatrix")
            .WithSummary("Per unit: acknowledged at, reported at, overdue; counts per level. status = pending | unacknowledged | acknowledged | reported | overdue.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:int}/totals", async Task<Ok<GuidanceTotals>> (int id, GuidanceService guidances, CancellationToken ct) =>
                TypedResults.Ok(await guidances.TotalsAsync(id, ct)))
            .WithName("GetGuidanceTotals")
            .WithSummary("Roll-up sums of the number fields per level, per branch and for the whole subtree the caller sees.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:int}/export", async Task<FileContentHttpResult> (int id, GuidanceService guidances, CancellationToken ct) =>
            {
                var (content, name) = await guidances.ExportAsync(id, ct);
                return TypedResults.File(content, GuidanceWorkbook.ContentType, name);
            })
            .WithName("ExportGuidance")
            .WithSummary("The matrix and the totals as an Excel workbook (.xlsx).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:int}/remind", async Task<Ok<RemindGuidanceResult>> (int id, RemindGuidanceRequest? body, GuidanceService guidances, CancellationToken ct) =>
                TypedResults.Ok(await guidances.RemindAsync(id, body ?? new RemindGuidanceRequest(null), ct)))
            .WithName("RemindGuidance")
            .WithSummary("Reminds the units that have not reported (all, or those listed).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:int}/recipients/{unitId:int}", async Task<Ok<GuidanceRecipientView>> (int id, int unitId, GuidanceService guidances, CancellationToken ct) =>
                TypedResults.Ok(await guidances.RecipientAsync(id, unitId, ct)))
            .WithName("GetGuidanceRecipient")
            .WithSummary("The guidance as one recipient unit sees it, with its acknowledgement and report.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:int}/recipients/{unitId:int}/acknowledge", async Task<Ok<GuidanceRecipientItem>> (int id, int unitId, GuidanceService guidances, CancellationToken ct) =>
                TypedResults.Ok(await guidances.AcknowledgeAsync(id, unitId, ct)))
            .WithName("AcknowledgeGuidance")
            .WithSummary("The recipient unit acknowledges the guidance (EditContent on the unit); a second call changes nothing.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:int}/recipients/{unitId:int}/report", async Task<Ok<GuidanceRecipientItem>> (int id, int unitId, SubmitGuidanceReportRequest body, GuidanceService guidances, CancellationToken ct) =>
                TypedResults.Ok(await guidances.ReportAsync(id, unitId, body, ct)))
            .WithName("ReportOnGuidance")
            .WithSummary("Saves the recipient unit's report, checked against the form (required fields, numbers ≥ 0); replaces an earlier one.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
