using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Features.Newsroom.Posts;

namespace TuyenGiao.Modules.Features.Newsroom.Workflow;

/// <summary><c>POST /api/v1/posts/{id}/submit|approve|reject|publish|unpublish|archive|restore</c>: the editorial workflow.</summary>
public static class WorkflowEndpoints
{
    public static void MapPostWorkflow(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/posts/{id:long}").WithTags("Posts").RequireAuthorization();
        Map(group, "submit", "SubmitPost", "Sends a Draft (or Unpublished) post to the unit's approvers.", (w, id, b, ct) => w.SubmitAsync(id, b, ct));
        Map(group, "approve", "ApprovePost", "Approves a Submitted post (Approvers; with the second-approver rule, not the author).", (w, id, b, ct) => w.ApproveAsync(id, b, ct));
        Map(group, "reject", "RejectPost", "Returns a Submitted, Approved or Scheduled post to Draft with a required `comment` for the author.", (w, id, b, ct) => w.RejectAsync(id, b, ct));
        Map(group, "publish", "PublishPost", "Publishes an Approved post now, or at `at` (Scheduled); `channelIds` are passed to the delivery channels.", (w, id, b, ct) => w.PublishAsync(id, b, ct));
        Map(group, "unpublish", "UnpublishPost", "Takes a Published post off the portal, or cancels a schedule (back to Approved).", (w, id, b, ct) => w.UnpublishAsync(id, b, ct));
        Map(group, "archive", "ArchivePost", "Archives a post (off the portal if it was live).", (w, id, b, ct) => w.ArchiveAsync(id, b, ct));
        Map(group, "restore", "RestorePost", "Brings an Unpublished or Archived post back to Draft.", (w, id, b, ct) => w.RestoreAsync(id, b, ct));
    }

    private static void Map(RouteGroupBuilder group, string step, string name, string summary, Func<PostWorkflow, long, WorkflowRequest, CancellationToken, Task<PostDetail>> action) =>
        group.MapPost("/" + step, async Task<Ok<PostDetail>> (long id, WorkflowRequest? body, PostWorkflow workflow, CancellationToken ct) =>
                TypedResults.Ok(await action(workflow, id, body ?? new WorkflowRequest(), ct)))
            .WithName(name)
            .WithSummary(summary)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
