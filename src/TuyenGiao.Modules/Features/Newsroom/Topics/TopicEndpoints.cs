using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace TuyenGiao.Modules.Features.Newsroom.Topics;

/// <summary><c>/api/v1/topics</c>: the topic list (public); changes for system administrators and the federation's editors.</summary>
public static class TopicEndpoints
{
    public static void MapTopics(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/topics").WithTags("Topics");

        group.MapGet("/", async Task<Ok<IReadOnlyList<TopicItem>>> (bool? all, TopicService topics, CancellationToken ct) =>
                TypedResults.Ok(await topics.ListAsync(all ?? false, ct)))
            .AllowAnonymous()
            .WithName("ListTopics")
            .WithSummary("The active topics in their order (public). With all=true (topic managers) the inactive ones too.")
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapGet("/{id:int}", async Task<Ok<TopicItem>> (int id, TopicService topics, CancellationToken ct) =>
                TypedResults.Ok(await topics.GetAsync(id, ct)))
            .AllowAnonymous()
            .WithName("GetTopic")
            .WithSummary("One topic.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<TopicItem>> (SaveTopicRequest body, TopicService topics, CancellationToken ct) =>
            {
                var item = await topics.CreateAsync(body, ct);
                return TypedResults.Created($"/api/v1/topics/{item.Id}", item);
            })
            .RequireAuthorization()
            .WithName("CreateTopic")
            .WithSummary("Adds a topic at the end of the list (system administrators, editors at the federation).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        group.MapPut("/{id:int}", async Task<Ok<TopicItem>> (int id, SaveTopicRequest body, TopicService topics, CancellationToken ct) =>
                TypedResults.Ok(await topics.UpdateAsync(id, body, ct)))
            .RequireAuthorization()
            .WithName("UpdateTopic")
            .WithSummary("Renames a topic, changes its slug or description.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:int}/deactivate", async Task<Ok<TopicItem>> (int id, TopicService topics, CancellationToken ct) =>
                TypedResults.Ok(await topics.SetActiveAsync(id, false, ct)))
            .RequireAuthorization()
            .WithName("DeactivateTopic")
            .WithSummary("Hides a topic from the portal and the post editor; posts keep it.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:int}/activate", async Task<Ok<TopicItem>> (int id, TopicService topics, CancellationToken ct) =>
                TypedResults.Ok(await topics.SetActiveAsync(id, true, ct)))
            .RequireAuthorization()
            .WithName("ActivateTopic")
            .WithSummary("Shows a deactivated topic again.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/order", async Task<Ok<IReadOnlyList<TopicItem>>> (ReorderTopicsRequest body, TopicService topics, CancellationToken ct) =>
                TypedResults.Ok(await topics.ReorderAsync(body, ct)))
            .RequireAuthorization()
            .WithName("ReorderTopics")
            .WithSummary("Sets the order of the topics: every topic id, first to last.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
