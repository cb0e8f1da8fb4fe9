using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Features.Newsroom.Posts;

namespace TuyenGiao.Modules.Features.Newsroom.Revisions;

/// <summary><c>/api/v1/posts/{id}/revisions</c>: history, one revision, word diff and restore.</summary>
public static class RevisionEndpoints
{
    public static void MapPostRevisions(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/posts/{id:long}/revisions").WithTags("Posts").RequireAuthorization();

        group.MapGet("/", async Task<Ok<IReadOnlyList<RevisionItem>>> (long id, RevisionService revisions, CancellationToken ct) =>
                TypedResults.Ok(await revisions.ListAsync(id, ct)))
            .WithName("ListPostRevisions")
            .WithSummary("The post's revisions, newest first.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/diff", async Task<Ok<RevisionDiff>> (long id, int? from, int? to, RevisionService revisions, CancellationToken ct) =>
                TypedResults.Ok(await revisions.DiffAsync(id, from, to, ct)))
            .WithName("DiffPostRevisions")
            .WithSummary("Word-level differences of title, summary and body text between revision `from` (default: the one before `to`) and `to` (default: the latest).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{number:int}", async Task<Ok<RevisionItem>> (long id, int number, RevisionService revisions, CancellationToken ct) =>
                TypedResults.Ok(await revisions.GetAsync(id, number, ct)))
            .WithName("GetPostRevision")
            .WithSummary("One revision with its content.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{number:int}/restore", async Task<Ok<PostDetail>> (long id, int number, RestoreRevisionRequest body, RevisionService revisions, CancellationToken ct) =>
                TypedResults.Ok(await revisions.RestoreAsync(id, number, body.Version, ct)))
            .WithName("RestorePostRevision")
            .WithSummary("Puts a revision's title, summary and body back (as a new revision); `version` as for an update.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
