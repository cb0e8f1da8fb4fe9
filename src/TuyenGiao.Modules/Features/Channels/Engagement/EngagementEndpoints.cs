using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace TuyenGiao.Modules.Features.Channels.Engagement;

/// <summary>Engagement figures: a channel's time series and its "read now", a post's figures per channel, the Excel export.</summary>
public static class EngagementEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapEngagement(this IEndpointRouteBuilder api)
    {
        api.MapGet("/channels/{id:long}/metrics", async Task<Ok<ChannelMetricSeries>> (long id, DateTime? from, DateTime? to, string? metric, EngagementQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.SeriesAsync(id, from, to, metric, ct)))
            .WithTags("Channels").RequireAuthorization()
            .WithName("ListChannelMetrics")
            .WithSummary("A channel's readings (followers; each delivered post's reactions, likes, comments, shares, views, viewers, clicks) between from and to (UTC; default the last 30 days), oldest first.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/channels/{id:long}/metrics/refresh", async Task<Ok<ChannelEngagement>> (long id, EngagementRefresh refresh, CancellationToken ct) =>
                TypedResults.Ok(await refresh.RefreshAsync(id, ct)))
            .WithTags("Channels").RequireAuthorization()
            .WithName("RefreshChannelMetrics")
            .WithSummary("Reads a Facebook Page's or Zalo OA's figures from the platform now (ApproveContent on its unit) and answers them. 409 while a reading of the channel is under way or when it must be connected again; 429 while the platform asks to slow down (the detail says until when); 502 when the platform failed.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status502BadGateway);

        api.MapGet("/posts/{id:long}/engagement", async Task<Ok<PostEngagement>> (long id, EngagementQueries queries, CancellationToken ct) =>
                TypedResults.Ok(await queries.ForPostAsync(id, ct)))
            .WithTags("Channels").RequireAuthorization()
            .WithName("GetPostEngagement")
            .WithSummary("Each channel the post went to with its latest figures, and their totals.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/channels/engagement.xlsx", async Task<FileContentHttpResult> (int? unitId, DateTime? from, DateTime? to, EngagementWorkbook workbook, CancellationToken ct) =>
                TypedResults.File(await workbook.BuildAsync(unitId, from, to, ct), Xlsx, "tuong-tac-kenh.xlsx"))
            .WithTags("Channels").RequireAuthorization()
            .WithName("ExportChannelEngagement")
            .WithSummary("Excel: per post × channel the latest figures (posts delivered between from and to), and the followers of every channel of the units the caller sees (or unitId's subtree).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
