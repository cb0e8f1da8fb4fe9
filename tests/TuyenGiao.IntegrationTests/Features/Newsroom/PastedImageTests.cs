using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.IntegrationTests.Features.Newsroom.Media;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using TuyenGiao.Modules.Features.Newsroom.Media;
using static TuyenGiao.IntegrationTests.Features.Newsroom.PostsApi;

namespace TuyenGiao.IntegrationTests.Features.Newsroom;

/// <summary>
/// Images pasted into the editor arrive as data: addresses inside the body; on save they become
/// media-library files and the body points at them. What is not an image is refused, nothing saved.
/// Bylines carry the author's name, never the e-mail address they sign in with.
/// </summary>
public abstract class PastedImageTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    [Fact]
    public async Task Pasted_image_is_stored_in_the_unit_library_and_the_body_points_at_it()
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        var (editor, _) = await app.UserAsync(AppRole.Editor, tree.Grassroots);
        var data = Convert.ToBase64String(MediaSamples.Png(300, 200));
        var post = await editor.CreatePostAsync(tree.Grassroots, "Công đoàn trường trao quà", $"<p>Ảnh dán:</p><p><img alt=\"Trao quà cho đoàn viên\" src=\"data:image/png;base64,{data}\"></p>");

        var body = post.GetProperty("bodyHtml").GetString()!;
        Assert.DoesNotContain("data:", body);
        var src = System.Text.RegularExpressions.Regex.Match(body, "src=\"(/media/[0-9a-f]{64}\\.png)\"").Groups[1].Value;
        Assert.NotEmpty(src);
        Assert.Contains("alt=\"Trao quà cho đoàn viên\"", body);

        var served = await editor.GetAsync(src);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType?.MediaType);

        var asset = await app.WithDbAsync(db => db.Set<MediaAsset>().SingleAsync(m => m.UnitId == tree.Grassroots));
        Assert.Equal("Trao quà cho đoàn viên", asset.AltText);
        Assert.Equal(300, asset.Width);

        // What is stored is the address, not the bytes.
        var stored = await app.WithDbAsync(db => db.Set<Post>().SingleAsync(p => p.Id == post.Id()));
        Assert.DoesNotContain("base64", stored.BodyHtml);
    }

    [Fact]
    public async Task Pasted_data_that_is_not_an_image_is_refused_with_the_reason_and_nothing_is_written()
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        var (editor, _) = await app.UserAsync(AppRole.Editor, tree.Grassroots);
        var posts = await app.WithDbAsync(db => db.Set<Post>().CountAsync());
        var media = await app.WithDbAsync(db => db.Set<MediaAsset>().CountAsync());
        var exe = Convert.ToBase64String(MediaSamples.Exe());

        var refused = await (await editor.PostAsJsonAsync(Posts, Draft(tree.Grassroots, "Bài có ảnh giả", $"<p>Xem ảnh <img src=\"data:image/png;base64,{exe}\"></p>")))
            .ExpectAsync(HttpStatusCode.BadRequest);
        var error = refused.GetProperty("errors")[0];
        Assert.Equal("bodyHtml", error.GetProperty("field").GetString());
        Assert.StartsWith("Ảnh dán thứ 1 trong nội dung không lưu được", error.GetProperty("message").GetString());
        Assert.Contains("chương trình", error.GetProperty("message").GetString());

        var garbled = await (await editor.PostAsJsonAsync(Posts, Draft(tree.Grassroots, "Bài có ảnh hỏng", "<p><img src=\"data:image/png;base64,@@@\"></p>")))
            .ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("bodyHtml", garbled.GetProperty("errors")[0].GetProperty("field").GetString());

        Assert.Equal(posts, await app.WithDbAsync(db => db.Set<Post>().CountAsync()));
        Assert.Equal(media, await app.WithDbAsync(db => db.Set<MediaAsset>().CountAsync()));
    }

    [Fact]
    public async Task Byline_is_the_author_full_name_never_the_sign_in_address()
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        var (editor, _) = await app.UserAsync(AppRole.Editor, tree.Grassroots);
        var post = await editor.CreatePostAsync(tree.Grassroots);
        Assert.Equal("Người thử Editor", post.GetProperty("authorName").GetString());

        // Someone types an e-mail address as the byline: the full name is kept instead.
        var updated = await (await editor.PutAsJsonAsync($"{Posts}/{post.Id()}", new
        {
            unitId = tree.Grassroots,
            title = "Công đoàn trường tổ chức Hội nghị viên chức",
            bodyHtml = "<p>Nội dung.</p>",
            format = "News",
            topicIds = Array.Empty<int>(),
            authorName = "editor@truong.edu.vn",
            version = post.Version(),
        })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Người thử Editor", updated.GetProperty("authorName").GetString());
    }
}

public sealed class PastedImageTests_Sqlite(NewsroomSqliteFixture app) : PastedImageTests<NewsroomSqliteFixture>(app);

public sealed class PastedImageTests_Postgres(NewsroomPostgresFixture app) : PastedImageTests<NewsroomPostgresFixture>(app);
