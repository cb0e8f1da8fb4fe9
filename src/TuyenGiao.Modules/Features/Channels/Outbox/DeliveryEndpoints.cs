using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Preview;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Channels.Outbox;

/// <summary>A post's deliveries to channels, their retry and cancel, and the per-channel preview.</summary>
public static class DeliveryEndpoints
{
    public static void MapDeliveries(this IEndpointRouteBuilder api)
    {
        api.MapGet("/posts/{id:long}/deliveries", async Task<Ok<IReadOnlyList<DeliveryItem>>> (long id, DeliveryService deliveries, CancellationToken ct) =>
                TypedResults.Ok(await deliveries.ForPostAsync(id, ct)))
            .WithTags("Channels").RequireAuthorization()
            .WithName("ListPostDeliveries")
            .WithSummary("Where a post went: each channel's delivery with its status, remote id, attempts and last error in plain Vietnamese.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/posts/{id:long}/channel-preview", async Task<Ok<ChannelPreview>> (long id, long? channelId, ChannelPreviewService previews, CancellationToken ct) =>
                TypedResults.Ok(await previews.PreviewAsync(id, channelId, ct)))
            .WithTags("Channels").RequireAuthorization()
            .WithName("PreviewPostOnChannel")
            .WithSummary("What a channel would receive for the post, with the platform's limits checked.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        var group = api.MapGroup("/deliveries").WithTags("Channels").RequireAuthorization();
        group.MapGet("/", async Task<Ok<PagedResult<DeliveryItem>>> (DeliveryStatus? status, int? unitId, int? page, int? pageSize, DeliveryService deliveries, CancellationToken ct) =>
                TypedResults.Ok(await deliveries.ListAsync(status, unitId, PageQuery.From(page, pageSize), ct)))
            .WithName("ListDeliveries")
            .WithSummary("Deliveries of the units the caller sees, newest first.")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        group.MapPost("/{id:long}/retry", async Task<Ok<DeliveryItem>> (long id, DeliveryService deliveries, CancellationToken ct) =>
                TypedResults.Ok(await deliveries.RetryAsync(id, ct)))
            .WithName("RetryDelivery")
            .WithSummary("Queues a failed, unconfirmed, kept or cancelled delivery again (an unconfirmed one is still reconciled first).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPost("/{id:long}/cancel", async Task<Ok<DeliveryItem>> (long id, DeliveryService deliveries, CancellationToken ct) =>
                TypedResults.Ok(await deliveries.CancelAsync(id, ct)))
            .WithName("CancelDelivery")
            .WithSummary("Stops a delivery that has not been sent.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
