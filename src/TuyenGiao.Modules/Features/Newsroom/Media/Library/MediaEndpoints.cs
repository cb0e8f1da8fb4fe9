using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Media.Upload;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Newsroom.Media.Library;

/// <summary><c>/api/v1/media</c>: the media library (signed in; by unit subtree).</summary>
public static class MediaEndpoints
{
    /// <summary>Room for the multipart framing and the text fields around the largest file.</summary>
    private const long MultipartOverhead = 1024 * 1024;

    public static void MapMediaLibrary(this IEndpointRouteBuilder api)
    {
        var options = api.ServiceProvider.GetRequiredService<IOptions<MediaOptions>>().Value;
        var group = api.MapGroup("/media").WithTags("Media").RequireAuthorization();

        group.MapPost("/", async Task<Results<Created<MediaItem>, Ok<MediaItem>>> (HttpRequest request, MediaLibrary library, CancellationToken ct) =>
            {
                var result = await MultipartUpload.ReadAndStoreAsync(request, library, ct);
                return result.Created
                    ? TypedResults.Created($"/api/v1/media/{result.Item.Id}", result.Item)
                    : TypedResults.Ok(result.Item);
            })
            .WithName("UploadMedia")
            .WithSummary("Uploads a file (multipart/form-data: file, unitId, altText, caption, credit): JPEG/PNG/WebP images (re-encoded without metadata, with card and thumb variants), MP4 video, PDF or DOCX. Checked by content; the unit's existing entry with the same content answers 200.")
            .WithMetadata(new RequestSizeLimitMetadata(options.MaxUploadBytes + MultipartOverhead))
            .WithFormOptions(multipartBodyLengthLimit: options.MaxUploadBytes + MultipartOverhead)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

        group.MapPost("/links", async Task<Results<Created<MediaItem>, Ok<MediaItem>>> (AddVideoLinkRequest body, MediaLibrary library, CancellationToken ct) =>
            {
                var result = await library.AddLinkAsync(body, ct);
                return result.Created
                    ? TypedResults.Created($"/api/v1/media/{result.Item.Id}", result.Item)
                    : TypedResults.Ok(result.Item);
            })
            .WithName("AddMediaVideoLink")
            .WithSummary("Adds a YouTube or Facebook video by its address; answers the normalised embed address (youtube-nocookie.com/embed/ID, facebook.com/plugins/video.php?href=…).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/", async Task<Ok<PagedResult<MediaItem>>> (int? unitId, MediaKind? kind, string? q, int? page, int? pageSize, MediaLibrary library, CancellationToken ct) =>
                TypedResults.Ok(await library.ListAsync(new MediaListQuery(unitId, kind, q, PageQuery.From(page, pageSize)), ct)))
            .WithName("ListMedia")
            .WithSummary("The library entries the caller sees, newest first: unitId (its subtree), kind (Image, Video, VideoLink, Document), q (file name, alt text, caption; without tones).")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:long}", async Task<Ok<MediaItem>> (long id, MediaLibrary library, CancellationToken ct) =>
                TypedResults.Ok(await library.GetAsync(id, ct)))
            .WithName("GetMedia")
            .WithSummary("One library entry.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:long}", async Task<Ok<MediaItem>> (long id, UpdateMediaRequest body, MediaLibrary library, CancellationToken ct) =>
                TypedResults.Ok(await library.UpdateAsync(id, body, ct)))
            .WithName("UpdateMedia")
            .WithSummary("Replaces the alt text, caption and credit of an entry.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id:long}", async Task<NoContent> (long id, MediaLibrary library, CancellationToken ct) =>
            {
                await library.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteMedia")
            .WithSummary("Removes an entry from the library; its files stay served for the posts that show them.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private sealed class RequestSizeLimitMetadata(long limit) : Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata
    {
        public long? MaxRequestBodySize => limit;
    }
}
