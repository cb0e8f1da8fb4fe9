using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Newsroom.Posts;

/// <summary><c>/api/v1/posts</c>: list, get, create and update posts (signed in; scoped by the caller's subtrees).</summary>
public static class PostEndpoints
{
    public static void MapPosts(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/posts").WithTags("Posts").RequireAuthorization();

        group.MapGet("/", async Task<Ok<PagedResult<PostItem>>> (int? unitId, string? status, int? topicId, string? format, string? author, string? from, string? to, string? q, int? page, int? pageSize, PostService posts, CancellationToken ct) =>
                TypedResults.Ok(await posts.ListAsync(new PostListQuery(unitId, status, topicId, format, author, from, to, q, PageQuery.From(page, pageSize)), ct)))
            .WithName("ListPosts")
            .WithSummary("Posts in the caller's subtrees, newest change first; filters: unit (with its subtree), status, topic, format, author (user id), from/to (yyyy-MM-dd, last change), q (title, without tones).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:long}", async Task<Ok<PostDetail>> (long id, PostService posts, CancellationToken ct) =>
                TypedResults.Ok(await posts.GetAsync(id, ct)))
            .WithName("GetPost")
            .WithSummary("One post with its status, public url and the workflow steps the caller may take.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", async Task<Created<PostDetail>> (SavePostRequest body, PostService posts, CancellationToken ct) =>
            {
                var post = await posts.CreateAsync(body, ct);
                return TypedResults.Created($"/api/v1/posts/{post.Id}", post);
            })
            .WithName("CreatePost")
            .WithSummary("Writes a new post (Draft) in a unit the caller edits content for; the body is sanitised.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:long}", async Task<Ok<PostDetail>> (long id, SavePostRequest body, PostService posts, CancellationToken ct) =>
                TypedResults.Ok(await posts.UpdateAsync(id, body, ct)))
            .WithName("UpdatePost")
            .WithSummary("Replaces a post's content; `version` must be the one the editor started from (409 when someone saved in between).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
