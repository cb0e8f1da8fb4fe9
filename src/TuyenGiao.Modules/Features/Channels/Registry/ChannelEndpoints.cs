using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Coverage;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Channels.Registry;

/// <summary><c>/api/v1/channels</c>: the registry of units' channels and their coverage.</summary>
public static class ChannelEndpoints
{
    public static void MapChannels(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/channels").WithTags("Channels").RequireAuthorization();

        group.MapGet("/", async Task<Ok<PagedResult<ChannelItem>>> (int? unitId, bool? subtree, ChannelKind? kind, ChannelStatus? status, int? page, int? pageSize, ChannelService channels, CancellationToken ct) =>
                TypedResults.Ok(await channels.ListAsync(new ChannelListQuery(unitId, subtree ?? false, kind, status, PageQuery.From(page, pageSize)), ct)))
            .WithName("ListChannels")
            .WithSummary("Channels of the units the caller sees; of one unit (or its subtree with subtree=true), by kind and status.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/coverage", async Task<Ok<CoverageReport>> (int? unitId, DateOnly? date, CoverageQueries coverage, CancellationToken ct) =>
                TypedResults.Ok(await coverage.GetAsync(unitId, date, ct)))
            .WithName("GetChannelCoverage")
            .WithSummary("For a unit's subtree on a date: per level, how many units have at least one channel of each kind (\"632/640 grassroots unions\").")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:long}", async Task<Ok<ChannelItem>> (long id, ChannelService channels, CancellationToken ct) =>
                TypedResults.Ok(await channels.GetAsync(id, ct)))
            .WithName("GetChannel")
            .WithSummary("One channel (never its tokens).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<ChannelItem>> (CreateChannelRequest body, ChannelService channels, CancellationToken ct) =>
            {
                var item = await channels.CreateAsync(body, ct);
                return TypedResults.Created($"/api/v1/channels/{item.Id}", item);
            })
            .WithName("CreateChannel")
            .WithSummary("Registers a unit's channel; a pasted access token (Administrators) is stored encrypted. Without a token an API channel waits for authorisation.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPatch("/{id:long}", async Task<Ok<ChannelItem>> (long id, UpdateChannelRequest body, ChannelService channels, CancellationToken ct) =>
                TypedResults.Ok(await channels.UpdateAsync(id, body, ct)))
            .WithName("UpdateChannel")
            .WithSummary("Changes a channel's status, name, administrator, followers or token; a new token puts kept deliveries back in the queue.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
