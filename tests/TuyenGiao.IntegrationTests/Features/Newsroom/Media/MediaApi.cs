using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using TuyenGiao.IntegrationTests.Infrastructure;

namespace TuyenGiao.IntegrationTests.Features.Newsroom.Media;

/// <summary>Intent methods for the media API.</summary>
public static class MediaApi
{
    public const string Media = "/api/v1/media";

    /// <summary><c>POST /api/v1/media</c> as a browser form: unitId first, then texts, then the file (sent as "image/jpeg" whatever it is: the server must not trust it).</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, int unitId, byte[] bytes, string fileName, string? altText = null, string? caption = null)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(unitId.ToString(CultureInfo.InvariantCulture)), "unitId");
        if (altText is not null)
        {
            form.Add(new StringContent(altText), "altText");
        }

        if (caption is not null)
        {
            form.Add(new StringContent(caption), "caption");
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", fileName);
        return await client.PostAsync(Media, form);
    }

    public static async Task<JsonElement> UploadOkAsync(this HttpClient client, int unitId, byte[] bytes, string fileName, string? altText = null) =>
        await (await client.UploadAsync(unitId, bytes, fileName, altText)).ExpectAsync(System.Net.HttpStatusCode.Created);

    public static Task<HttpResponseMessage> AddLinkAsync(this HttpClient client, int unitId, string url) =>
        client.PostAsJsonAsync(Media + "/links", new { unitId, url });

    /// <summary>A grassroots union, its sibling under the same upper union, and one under another upper union.</summary>
    public static async Task<(int Upper, int Grassroots, int Sibling, int Far)> UnitsAsync(this HttpClient admin)
    {
        var uppers = (await admin.ListAsync("level=UpperUnion")).Keys.Order().ToList();
        var children = (await admin.ListAsync($"parentId={uppers[0]}&level=GrassrootsUnion")).Keys.Order().ToList();
        var far = (await admin.ListAsync($"parentId={uppers[1]}&level=GrassrootsUnion")).Keys.Order().First();
        return (uppers[0], children[0], children[1], far);
    }

    public static int FileCount(string root) =>
        Directory.Exists(root) ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Count() : 0;
}
