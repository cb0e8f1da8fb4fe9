using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Media;

namespace TuyenGiao.IntegrationTests.Features.Newsroom.Media;

/// <summary>The media library through the API, on a real database and a real media folder.</summary>
public abstract class MediaLibraryApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture, IMediaFixture
{
    [Fact]
    public async Task Uploaded_image_is_served_publicly_with_immutable_cache_headers()
    {
        var admin = await app.AdminAsync();
        var units = await admin.UnitsAsync();
        var item = await admin.UploadOkAsync(units.Grassroots, MediaSamples.Png(1000, 500), "Ảnh đại hội\u0301.png", altText: "  Đại hội Công đoàn  ");

        Assert.Equal("Image", item.GetProperty("kind").GetString());
        Assert.Equal("image/png", item.GetProperty("contentType").GetString());
        Assert.Equal(1000, item.GetProperty("width").GetInt32());
        Assert.Equal("Đại hội Công đoàn", item.GetProperty("altText").GetString());
        var url = item.GetProperty("url").GetString()!;
        Assert.Matches("^/media/[0-9a-f]{64}\\.png$", url);

        var anonymous = app.Anonymous();
        var response = await anonymous.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Contains(url[7..71], etag.Tag, StringComparison.Ordinal);
        using (var served = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal(1000, served.Width);
        }

        var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await anonymous.SendAsync(again)).StatusCode);

        var thumb = await anonymous.GetAsync(item.GetProperty("thumbUrl").GetString());
        Assert.Equal(HttpStatusCode.OK, thumb.StatusCode);
        Assert.Equal("image/webp", thumb.Content.Headers.ContentType?.MediaType);
        using (var small = SKBitmap.Decode(await thumb.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal(320, small.Width);
        }

        // Other modules read it through IMediaFiles.
        await using var scope = app.Services.CreateAsyncScope();
        var files = scope.ServiceProvider.GetRequiredService<IMediaFiles>();
        var info = await files.GetAsync(item.GetProperty("id").GetInt64());
        Assert.NotNull(info);
        Assert.Equal(url, info.Url);
        Assert.Equal("Ảnh đại hội\u0301.png".Normalize(), info.FileName);
        await using var card = await files.OpenReadAsync(info.Id, "card");
        Assert.NotNull(card);
        Assert.Null(await files.OpenReadAsync(info.Id, "nonsense"));

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/media/" + new string('a', 64) + ".png")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/media/..%2F..%2Fappsettings.json")).StatusCode);
    }

    [Fact]
    public async Task Photo_with_gps_is_stored_and_served_without_exif_and_upright()
    {
        var admin = await app.AdminAsync();
        var units = await admin.UnitsAsync();
        var source = MediaSamples.JpegWithExifGps(40, 20, orientation: 6);
        Assert.True(MediaSamples.HasExif(source));

        var item = await admin.UploadOkAsync(units.Grassroots, source, "IMG_0001.JPG");
        Assert.Equal((20, 40), (item.GetProperty("width").GetInt32(), item.GetProperty("height").GetInt32()));

        var url = item.GetProperty("url").GetString()!;
        var stored = await File.ReadAllBytesAsync(Path.Combine(app.MediaRoot, url[7..9], url[7..]));
        Assert.False(MediaSamples.HasExif(stored));
        Assert.False(MediaSamples.HasExif(await app.Anonymous().GetByteArrayAsync(url)));
    }

    [Theory]
    [InlineData("exe")]
    [InlineData("html")]
    [InlineData("svg")]
    public async Task Executable_or_markup_renamed_jpg_is_refused_and_nothing_is_stored(string kind)
    {
        var admin = await app.AdminAsync();
        var units = await admin.UnitsAsync();
        var (rows, files) = (await RowCountAsync(), MediaApi.FileCount(app.MediaRoot));
        var bytes = kind switch { "exe" => MediaSamples.Exe(), "html" => MediaSamples.Html(), _ => MediaSamples.Svg() };

        var problem = await (await admin.UploadAsync(units.Grassroots, bytes, "anh-dai-hoi.jpg")).ExpectAsync(HttpStatusCode.BadRequest);

        Assert.Equal("Dữ liệu chưa hợp lệ", problem.GetProperty("title").GetString());
        var message = problem.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Contains(kind == "exe" ? "chương trình" : "SVG, HTML", message, StringComparison.Ordinal);
        Assert.Equal(rows, await RowCountAsync());
        Assert.Equal(files, MediaApi.FileCount(app.MediaRoot));
    }

    [Fact]
    public async Task Too_big_upload_is_refused_with_413_and_nothing_is_stored()
    {
        var admin = await app.AdminAsync();
        var units = await admin.UnitsAsync();
        var (rows, files) = (await RowCountAsync(), MediaApi.FileCount(app.MediaRoot));

        var problem = await (await admin.UploadAsync(units.Grassroots, MediaSamples.Mp4((int)MediaSettings.Limit + 1), "clip.mp4")).ExpectAsync(HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal("Tệp quá lớn", problem.GetProperty("title").GetString());
        Assert.Contains("video", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(rows, await RowCountAsync());
        Assert.Equal(files, MediaApi.FileCount(app.MediaRoot));

        // Exactly at the limit is fine.
        await admin.UploadOkAsync(units.Grassroots, MediaSamples.Mp4((int)MediaSettings.Limit), "clip.mp4");
    }

    [Fact]
    public async Task Upload_without_a_unit_or_a_file_lists_both_problems()
    {
        var admin = await app.AdminAsync();
        using var form = new MultipartFormDataContent { { new StringContent("xin chào"), "caption" } };
        var problem = await (await admin.PostAsync(MediaApi.Media, form)).ExpectAsync(HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Equal(["unitId", "file"], fields);

        var notForm = await (await admin.PostAsJsonAsync(MediaApi.Media, new { unitId = 1 })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("multipart/form-data", notForm.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Units_out_of_reach_answer_404_and_view_only_answers_403()
    {
        var admin = await app.AdminAsync();
        var units = await admin.UnitsAsync();
        var farItem = await admin.UploadOkAsync(units.Far, MediaSamples.Png(30, 30), "xa.png");
        var farId = farItem.GetProperty("id").GetInt64();
        var (rows, files) = (await RowCountAsync(), MediaApi.FileCount(app.MediaRoot));

        var editor = await app.ClientWithRoleAsync(AppRole.Editor, units.Grassroots);
        await (await editor.UploadAsync(units.Far, MediaSamples.Png(31, 31), "x.png")).ExpectAsync(HttpStatusCode.NotFound);
        await (await editor.UploadAsync(units.Upper, MediaSamples.Png(32, 32), "x.png")).ExpectAsync(HttpStatusCode.NotFound);
        await (await editor.GetAsync($"{MediaApi.Media}/{farId}")).ExpectAsync(HttpStatusCode.NotFound);
        await (await editor.PutAsJsonAsync($"{MediaApi.Media}/{farId}", new { altText = "x" })).ExpectAsync(HttpStatusCode.NotFound);
        await (await editor.DeleteAsync($"{MediaApi.Media}/{farId}")).ExpectAsync(HttpStatusCode.NotFound);
        await (await editor.AddLinkAsync(units.Far, "https://youtu.be/dQw4w9WgXcQ")).ExpectAsync(HttpStatusCode.NotFound);
        var listed = await editor.GetJsonAsync($"{MediaApi.Media}?pageSize=1000");
        Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), i => i.GetProperty("unitId").GetInt32() != units.Grassroots);
        await (await editor.GetAsync($"{MediaApi.Media}?unitId={units.Far}")).ExpectAsync(HttpStatusCode.NotFound);

        var viewer = await app.ClientWithRoleAsync(AppRole.Viewer, units.Upper);
        await (await viewer.UploadAsync(units.Grassroots, MediaSamples.Png(33, 33), "x.png")).ExpectAsync(HttpStatusCode.Forbidden);
        var ownItem = await editor.UploadOkAsync(units.Grassroots, MediaSamples.Png(401, 203), "cua-minh.png");
        await (await viewer.PutAsJsonAsync($"{MediaApi.Media}/{ownItem.GetProperty("id").GetInt64()}", new { altText = "x" })).ExpectAsync(HttpStatusCode.Forbidden);
        var seen = await viewer.GetJsonAsync($"{MediaApi.Media}/{ownItem.GetProperty("id").GetInt64()}");
        Assert.False(seen.GetProperty("canEdit").GetBoolean());

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().UploadAsync(units.Grassroots, MediaSamples.Png(), "x.png")).StatusCode);
        Assert.Equal(rows + 1, await RowCountAsync()); // only the editor's own upload
        Assert.Equal(files + 3, MediaApi.FileCount(app.MediaRoot)); // its original, card (401 px) and thumb (320 px), shapes no other test uses
    }

    [Fact]
    public async Task Video_links_are_normalised_to_embed_addresses_and_others_refused()
    {
        var editor = await app.ClientWithRoleAsync(AppRole.Editor, (await (await app.AdminAsync()).UnitsAsync()).Grassroots);
        var units = await (await app.AdminAsync()).UnitsAsync();

        var youtube = await (await editor.AddLinkAsync(units.Grassroots, "https://youtu.be/dQw4w9WgXcQ?si=x")).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal("VideoLink", youtube.GetProperty("kind").GetString());
        Assert.Equal("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", youtube.GetProperty("embedUrl").GetString());

        var again = await (await editor.AddLinkAsync(units.Grassroots, "https://www.youtube.com/watch?v=dQw4w9WgXcQ")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(youtube.GetProperty("id").GetInt64(), again.GetProperty("id").GetInt64());

        var facebook = await (await editor.AddLinkAsync(units.Grassroots, "https://m.facebook.com/ldldbackan/videos/1234567890123")).ExpectAsync(HttpStatusCode.Created);
        Assert.Equal(
            "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fldldbackan%2Fvideos%2F1234567890123%2F&show_text=false",
            facebook.GetProperty("embedUrl").GetString());

        var rows = await RowCountAsync();
        var problem = await (await editor.AddLinkAsync(units.Grassroots, "https://vimeo.com/123")).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("YouTube hoặc Facebook", problem.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        await (await editor.AddLinkAsync(units.Grassroots, "javascript:alert(1)")).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(rows, await RowCountAsync());
    }

    [Fact]
    public async Task Identical_uploads_share_one_stored_file()
    {
        var admin = await app.AdminAsync();
        var units = await admin.UnitsAsync();
        var bytes = MediaSamples.Png(77, 33);

        var first = await admin.UploadOkAsync(units.Sibling, bytes, "mot.png");
        var files = MediaApi.FileCount(app.MediaRoot);
        var same = await (await admin.UploadAsync(units.Sibling, bytes, "hai.png")).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(first.GetProperty("id").GetInt64(), same.GetProperty("id").GetInt64());

        var elsewhere = await admin.UploadOkAsync(units.Far, bytes, "ba.png");
        Assert.NotEqual(first.GetProperty("id").GetInt64(), elsewhere.GetProperty("id").GetInt64());
        Assert.Equal(first.GetProperty("url").GetString(), elsewhere.GetProperty("url").GetString());
        Assert.Equal(first.GetProperty("thumbUrl").GetString(), elsewhere.GetProperty("thumbUrl").GetString());
        Assert.Equal(files, MediaApi.FileCount(app.MediaRoot));
    }

    [Fact]
    public async Task Video_is_served_with_ranges_and_documents_as_downloads()
    {
        var admin = await app.AdminAsync();
        var units = await admin.UnitsAsync();
        var anonymous = app.Anonymous();

        var video = await admin.UploadOkAsync(units.Grassroots, MediaSamples.Mp4(5000), "phong-su.mp4");
        var range = new HttpRequestMessage(HttpMethod.Get, video.GetProperty("url").GetString());
        range.Headers.Range = new RangeHeaderValue(100, 199);
        var partial = await anonymous.SendAsync(range);
        Assert.Equal(HttpStatusCode.PartialContent, partial.StatusCode);
        Assert.Equal("video/mp4", partial.Content.Headers.ContentType?.MediaType);
        Assert.Equal(MediaSamples.Mp4(5000)[100..200], await partial.Content.ReadAsByteArrayAsync());

        var docx = await admin.UploadOkAsync(units.Grassroots, MediaSamples.Docx(), "Kế hoạch tuyên truyền.docx");
        Assert.Equal("Document", docx.GetProperty("kind").GetString());
        var download = await anonymous.GetAsync(docx.GetProperty("url").GetString());
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Kế hoạch tuyên truyền.docx", download.Content.Headers.ContentDisposition?.FileNameStar);

        var pdf = await admin.UploadOkAsync(units.Grassroots, MediaSamples.Pdf(), "van-ban.pdf.exe");
        var served = await anonymous.GetAsync(pdf.GetProperty("url").GetString());
        Assert.Equal("application/pdf", served.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".pdf", served.Content.Headers.ContentDisposition?.FileNameStar, StringComparison.Ordinal);

        var macro = await (await admin.UploadAsync(units.Grassroots, MediaSamples.Docx(macros: true), "bao-cao.docx")).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Contains("macro", macro.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Texts_are_edited_searched_without_tones_and_deleting_keeps_the_file_served()
    {
        var admin = await app.AdminAsync();
        var units = await admin.UnitsAsync();
        var editor = await app.ClientWithRoleAsync(AppRole.Editor, units.Grassroots);
        var item = await editor.UploadOkAsync(units.Grassroots, MediaSamples.Png(55, 21), "hinh.png");
        var id = item.GetProperty("id").GetInt64();

        var updated = await (await editor.PutAsJsonAsync($"{MediaApi.Media}/{id}", new { altText = "Đoàn viên trồng cây", caption = "Tết trồng cây 2026", credit = "Ảnh: Công đoàn cơ sở" })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Đoàn viên trồng cây", updated.GetProperty("altText").GetString());

        var found = await editor.GetJsonAsync($"{MediaApi.Media}?q=doan%20vien%20trong&kind=Image");
        Assert.Contains(found.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt64() == id);
        var none = await editor.GetJsonAsync($"{MediaApi.Media}?q=doan%20vien%20trong&kind=Document");
        Assert.Equal(0, none.GetProperty("total").GetInt32());
        var underUpper = await admin.GetJsonAsync($"{MediaApi.Media}?unitId={units.Upper}&q=trong%20cay&pageSize=1000");
        Assert.Contains(underUpper.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt64() == id);

        var tooLong = await (await editor.PutAsJsonAsync($"{MediaApi.Media}/{id}", new { altText = new string('a', 301) })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("altText", tooLong.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("Đoàn viên trồng cây", (await editor.GetJsonAsync($"{MediaApi.Media}/{id}")).GetProperty("altText").GetString());

        await (await editor.DeleteAsync($"{MediaApi.Media}/{id}")).ExpectAsync(HttpStatusCode.NoContent);
        await (await editor.GetAsync($"{MediaApi.Media}/{id}")).ExpectAsync(HttpStatusCode.NotFound);
        var after = await editor.GetJsonAsync($"{MediaApi.Media}?q=doan%20vien%20trong");
        Assert.DoesNotContain(after.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt64() == id);
        Assert.Equal(HttpStatusCode.OK, (await app.Anonymous().GetAsync(item.GetProperty("url").GetString())).StatusCode);
    }

    private Task<int> RowCountAsync() => app.WithDbAsync(db => db.Set<MediaAsset>().CountAsync());
}

public sealed class MediaLibraryApiTests_Sqlite(MediaSqliteFixture app) : MediaLibraryApiTests<MediaSqliteFixture>(app);

public sealed class MediaLibraryApiTests_Postgres(MediaPostgresFixture app) : MediaLibraryApiTests<MediaPostgresFixture>(app);
