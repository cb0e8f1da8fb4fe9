using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Newsroom.Media.Storage;

namespace TuyenGiao.Modules.Features.Newsroom.Media.Serving;

/// <summary>
/// <c>GET /media/{storedName}</c> (anonymous: published content is public): the stored bytes
/// under their content address, cached for a year as immutable, with an ETag (the SHA-256),
/// the type the name says, <c>nosniff</c>, range requests (MP4 seeking), documents as
/// downloads under their original name and everything else inline.
/// </summary>
public static class MediaFileEndpoints
{
    public const string CacheControl = "public, max-age=31536000, immutable";

    public static void MapMediaFiles(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/media/{storedName}", [HttpMethods.Get, HttpMethods.Head], async (string storedName, HttpContext http, IMediaStorage storage, AppDbContext db, CancellationToken ct) =>
            {
                if (!StoredNames.IsValid(storedName) || await storage.OpenReadAsync(storedName, ct) is not { } stream)
                {
                    return Results.NotFound();
                }

                var headers = http.Response.Headers;
                headers.CacheControl = CacheControl;
                headers.XContentTypeOptions = "nosniff";
                var etag = new EntityTagHeaderValue("\"" + StoredNames.Sha256Of(storedName) + "\"");
                var contentType = StoredNames.ContentTypeOf(storedName);
                if (StoredNames.IsDocument(storedName))
                {
                    var name = await db.Set<MediaAsset>().AsNoTracking().Where(m => m.StoredName == storedName)
                        .OrderBy(m => m.Id).Select(m => m.FileName).FirstOrDefaultAsync(ct);
                    return Results.File(stream, contentType, fileDownloadName: DownloadName(name, storedName), entityTag: etag, enableRangeProcessing: true);
                }

                headers.ContentDisposition = "inline";
                return Results.File(stream, contentType, entityTag: etag, enableRangeProcessing: true);
            })
            .AllowAnonymous()
            .WithName("GetMediaFile")
            .WithSummary("A stored media file by its content address (public, immutable).")
            .WithTags("Media");
    }

    /// <summary>The original name with the extension the content has (a .docx stays a .docx whatever it was called).</summary>
    private static string DownloadName(string? fileName, string storedName)
    {
        var extension = storedName[storedName.LastIndexOf('.')..];
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return "tai-lieu" + extension;
        }

        var stem = Path.GetFileNameWithoutExtension(fileName);
        return (stem.Length > 0 ? stem : "tai-lieu") + extension.ToLower(CultureInfo.InvariantCulture);
    }
}
