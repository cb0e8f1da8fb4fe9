using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Identity.Data;
using TuyenGiao.Modules.Features.Newsroom;
using TuyenGiao.Modules.Features.Newsroom.Domain;
using static TuyenGiao.IntegrationTests.Features.Newsroom.PostsApi;

namespace TuyenGiao.IntegrationTests.Features.Newsroom;

/// <summary>The editorial workflow through the API, by role and unit subtree.</summary>
public abstract class PostWorkflowTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    [Fact]
    public async Task Editor_writes_and_submits_but_cannot_approve_and_the_upper_approver_approves_and_publishes()
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        var (editor, editorId) = await app.UserAsync(AppRole.Editor, tree.Grassroots);
        var (approver, _) = await app.UserAsync(AppRole.Approver, tree.District);

        var post = await editor.CreatePostAsync(tree.Grassroots);
        Assert.Equal("Draft", post.Status());
        Assert.Equal(editorId, post.GetProperty("authorUserId").GetString());
        Assert.StartsWith($"/bai-viet/{post.Id()}/cong-doan-truong-to-chuc-hoi-nghi-vien-chuc", post.GetProperty("url").GetString());
        Assert.Equal(["edit", "submit"], post.Actions());

        var submitted = await editor.StepAsync(post.Id(), "submit");
        Assert.Equal("Submitted", submitted.Status());
        Assert.DoesNotContain("approve", submitted.Actions());

        var refused = await (await editor.ActAsync(post.Id(), "approve")).ExpectAsync(HttpStatusCode.Forbidden);
        Assert.StartsWith("Bạn không có quyền", refused.GetProperty("title").GetString());
        Assert.Equal("Submitted", (await editor.GetJsonAsync($"{Posts}/{post.Id()}")).Status());
        await (await editor.ActAsync(post.Id(), "publish")).ExpectAsync(HttpStatusCode.Forbidden);

        var seenByApprover = await approver.GetJsonAsync($"{Posts}/{post.Id()}");
        Assert.Contains("approve", seenByApprover.Actions());
        var approved = await approver.StepAsync(post.Id(), "approve", new { version = seenByApprover.Version() });
        Assert.Equal("Approved", approved.Status());
        var published = await approver.StepAsync(post.Id(), "publish");
        Assert.Equal("Published", published.Status());
        Assert.True(published.TryGetProperty("publishedAt", out var at) && at.ValueKind != System.Text.Json.JsonValueKind.Null);

        var list = await editor.GetJsonAsync($"{Posts}?status=Published&unitId={tree.Grassroots}");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal(published.GetProperty("url").GetString(), list.GetProperty("items")[0].GetProperty("url").GetString());

        var key = post.Id().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audit = await app.WithDbAsync(db => db.Set<AuditEntry>().Where(a => a.EntityType == "Post" && a.EntityId == key).Select(a => a.Action).ToListAsync());
        Assert.Superset(new HashSet<string> { "newsroom.post-create", "newsroom.post-submit", "newsroom.post-approve", "newsroom.post-publish" }, audit.ToHashSet());
    }

    [Fact]
    public async Task Another_subtree_sees_404_and_its_list_leaves_the_post_out()
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        var (editor, _) = await app.UserAsync(AppRole.Editor, tree.Grassroots);
        var (otherApprover, _) = await app.UserAsync(AppRole.Approver, tree.OtherDistrict);
        var post = await editor.CreatePostAsync(tree.Grassroots);
        await editor.StepAsync(post.Id(), "submit");

        await (await otherApprover.GetAsync($"{Posts}/{post.Id()}")).ExpectAsync(HttpStatusCode.NotFound);
        await (await otherApprover.ActAsync(post.Id(), "approve")).ExpectAsync(HttpStatusCode.NotFound);
        await (await otherApprover.PutAsJsonAsync($"{Posts}/{post.Id()}", Draft(tree.Grassroots, "Sửa trộm"))).ExpectAsync(HttpStatusCode.NotFound);
        await (await otherApprover.GetAsync($"{Posts}/{post.Id()}/revisions")).ExpectAsync(HttpStatusCode.NotFound);
        var list = await otherApprover.GetJsonAsync(Posts + "?pageSize=1000");
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), i => i.Id() == post.Id());
        await (await otherApprover.GetAsync($"{Posts}?unitId={tree.Grassroots}")).ExpectAsync(HttpStatusCode.NotFound);

        // Writing into another subtree's unit: 404, and nothing written.
        var before = await app.WithDbAsync(db => db.Set<Post>().CountAsync());
        await (await editor.PostAsJsonAsync(Posts, Draft(tree.OtherGrassroots))).ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<Post>().CountAsync()));
        Assert.Equal("Submitted", (await admin.GetJsonAsync($"{Posts}/{post.Id()}")).Status());
    }

    [Fact]
    public async Task Administrator_takes_every_step()
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        var post = await admin.CreatePostAsync(tree.Grassroots);
        foreach (var (step, status) in new[] { ("submit", "Submitted"), ("approve", "Approved"), ("publish", "Published"), ("unpublish", "Unpublished"), ("restore", "Draft"), ("submit", "Submitted"), ("approve", "Approved"), ("publish", "Published"), ("archive", "Archived"), ("restore", "Draft") })
        {
            Assert.Equal(status, (await admin.StepAsync(post.Id(), step)).Status());
        }

        var conflict = await (await admin.ActAsync(post.Id(), "publish")).ExpectAsync(HttpStatusCode.Conflict);
        Assert.Contains("Bản nháp", conflict.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Second_approver_rule_keeps_an_author_from_approving_their_own_post_in_the_units_it_covers()
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        var options = app.Services.GetRequiredService<IOptions<NewsroomOptions>>().Value;
        options.SecondApproverUnitIds.Add(tree.District); // the rule for this test's district subtree only
        var (author, _) = await app.UserAsync(AppRole.Approver, tree.Grassroots);
        var (other, _) = await app.UserAsync(AppRole.Approver, tree.District);

        var post = await author.CreatePostAsync(tree.Grassroots);
        var submitted = await author.StepAsync(post.Id(), "submit");
        Assert.DoesNotContain("approve", submitted.Actions());
        var refused = await (await author.ActAsync(post.Id(), "approve")).ExpectAsync(HttpStatusCode.Forbidden);
        Assert.Contains("người khác duyệt", refused.GetProperty("detail").GetString());
        Assert.Equal("Approved", (await other.StepAsync(post.Id(), "approve")).Status());

        // Outside the covered subtree the author approves their own post.
        var (outside, _) = await app.UserAsync(AppRole.Approver, tree.OtherGrassroots);
        var own = await outside.CreatePostAsync(tree.OtherGrassroots);
        await outside.StepAsync(own.Id(), "submit");
        Assert.Equal("Approved", (await outside.StepAsync(own.Id(), "approve")).Status());
    }

    [Fact]
    public async Task Reject_needs_a_comment_and_returns_the_post_to_Draft_with_it()
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        var (editor, _) = await app.UserAsync(AppRole.Editor, tree.Grassroots);
        var (approver, _) = await app.UserAsync(AppRole.Approver, tree.District);
        var post = await editor.CreatePostAsync(tree.Grassroots);
        await editor.StepAsync(post.Id(), "submit");

        var missing = await (await approver.ActAsync(post.Id(), "reject", new { comment = "  " })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("comment", missing.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Equal("Submitted", (await editor.GetJsonAsync($"{Posts}/{post.Id()}")).Status());

        var rejected = await approver.StepAsync(post.Id(), "reject", new { comment = "Cần bổ sung ảnh và tên người phát biểu." });
        Assert.Equal("Draft", rejected.Status());
        var seen = await editor.GetJsonAsync($"{Posts}/{post.Id()}");
        Assert.Equal("Cần bổ sung ảnh và tên người phát biểu.", seen.GetProperty("rejectionComment").GetString());
        Assert.Contains("submit", seen.Actions());
    }

    [Fact]
    public async Task A_stale_version_answers_409_in_Vietnamese_and_changes_nothing()
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        var (editor, _) = await app.UserAsync(AppRole.Editor, tree.Grassroots);
        var post = await editor.CreatePostAsync(tree.Grassroots);
        var v = post.Version();

        var first = await (await editor.PutAsJsonAsync($"{Posts}/{post.Id()}", WithVersion(Draft(tree.Grassroots, "Tiêu đề của người thứ nhất"), v))).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(v + 1, first.Version());
        var stale = await (await editor.PutAsJsonAsync($"{Posts}/{post.Id()}", WithVersion(Draft(tree.Grassroots, "Tiêu đề của người thứ hai"), v))).ExpectAsync(HttpStatusCode.Conflict);
        Assert.Equal("Dữ liệu đã thay đổi hoặc bị trùng", stale.GetProperty("title").GetString());
        Assert.Contains("phiên bản", stale.GetProperty("detail").GetString());
        Assert.Equal("Tiêu đề của người thứ nhất", (await editor.GetJsonAsync($"{Posts}/{post.Id()}")).GetProperty("title").GetString());
        await (await editor.ActAsync(post.Id(), "submit", new { version = v })).ExpectAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Bad_input_lists_each_field_and_writes_nothing_and_the_body_is_sanitised()
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        var (editor, _) = await app.UserAsync(AppRole.Editor, tree.Grassroots);
        var before = await app.WithDbAsync(db => db.Set<Post>().CountAsync());
        var bad = await (await editor.PostAsJsonAsync(Posts, new { unitId = tree.Grassroots, title = " ", format = "Podcast", topicIds = new[] { 987654 }, coverMediaId = 5 })).ExpectAsync(HttpStatusCode.BadRequest);
        var fields = bad.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "title", "format", "topicIds", "coverAlt" }, fields);
        Assert.Equal("Dữ liệu chưa hợp lệ", bad.GetProperty("title").GetString());
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<Post>().CountAsync()));

        var post = await editor.CreatePostAsync(tree.Grassroots, "Bài có mã độc", "<p onclick=\"x()\">Nội dung <script>alert(1)</script><a href=\"javascript:alert(2)\">liên kết</a><img src=\"x.png\" onerror=\"alert(3)\"></p>");
        var body = post.GetProperty("bodyHtml").GetString()!;
        Assert.DoesNotContain("<script", body);
        Assert.DoesNotContain("onerror", body);
        Assert.DoesNotContain("onclick", body);
        Assert.DoesNotContain("javascript:", body);
        Assert.Contains("Nội dung", body);
    }

    [Fact]
    public async Task Revisions_show_a_word_diff_and_restore_an_earlier_text_as_a_new_revision()
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        var (editor, _) = await app.UserAsync(AppRole.Editor, tree.Grassroots);
        var post = await editor.CreatePostAsync(tree.Grassroots, "Hội nghị viên chức năm học mới", "<p>Hội nghị diễn ra sáng thứ Hai tại hội trường.</p>");
        var edited = await (await editor.PutAsJsonAsync($"{Posts}/{post.Id()}", WithVersion(Draft(tree.Grassroots, "Hội nghị viên chức năm học 2026", "<p>Hội nghị diễn ra chiều thứ Hai tại hội trường lớn.</p>"), post.Version()))).ExpectAsync(HttpStatusCode.OK);

        var history = await editor.GetJsonAsync($"{Posts}/{post.Id()}/revisions");
        Assert.Equal([2, 1], history.EnumerateArray().Select(r => r.GetProperty("number").GetInt32()).ToList());

        var diff = await editor.GetJsonAsync($"{Posts}/{post.Id()}/revisions/diff");
        Assert.Equal(1, diff.GetProperty("from").GetInt32());
        Assert.Equal(2, diff.GetProperty("to").GetInt32());
        string Texts(string part, string kind) => string.Concat(diff.GetProperty(part).EnumerateArray().Where(s => s.GetProperty("kind").GetString() == kind).Select(s => s.GetProperty("text").GetString()));
        Assert.Contains("mới", Texts("title", "delete"));
        Assert.Contains("2026", Texts("title", "insert"));
        Assert.Contains("sáng", Texts("body", "delete"));
        Assert.Contains("chiều", Texts("body", "insert"));
        Assert.Contains("lớn", Texts("body", "insert"));
        Assert.Contains("hội trường", Texts("body", "equal"));

        await (await editor.PostAsJsonAsync($"{Posts}/{post.Id()}/revisions/1/restore", new { version = post.Version() })).ExpectAsync(HttpStatusCode.Conflict);
        var restored = await (await editor.PostAsJsonAsync($"{Posts}/{post.Id()}/revisions/1/restore", new { version = edited.Version() })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Hội nghị viên chức năm học mới", restored.GetProperty("title").GetString());
        Assert.Contains("sáng thứ Hai", restored.GetProperty("bodyHtml").GetString());
        var after = await editor.GetJsonAsync($"{Posts}/{post.Id()}/revisions");
        Assert.Equal("restore:1", after[0].GetProperty("reason").GetString());
        Assert.Equal(3, after[0].GetProperty("number").GetInt32());
        await (await editor.GetAsync($"{Posts}/{post.Id()}/revisions/9")).ExpectAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_unit_proposes_a_post_to_its_parent_whose_approver_accepts_or_declines()
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        var (editor, _) = await app.UserAsync(AppRole.Editor, tree.Grassroots);
        var (grassApprover, _) = await app.UserAsync(AppRole.Approver, tree.Grassroots);
        var (districtApprover, _) = await app.UserAsync(AppRole.Approver, tree.District);
        var (otherApprover, _) = await app.UserAsync(AppRole.Approver, tree.OtherDistrict);
        var first = await editor.CreatePostAsync(tree.Grassroots, "Bài thứ nhất đề xuất");
        var second = await editor.CreatePostAsync(tree.Grassroots, "Bài thứ hai đề xuất");
        foreach (var p in new[] { first, second })
        {
            await editor.StepAsync(p.Id(), "submit");
            await grassApprover.StepAsync(p.Id(), "approve");
            await grassApprover.StepAsync(p.Id(), "publish");
        }

        var notAbove = await (await editor.PostAsJsonAsync($"{Posts}/{first.Id()}/proposals", new { targetUnitId = tree.OtherDistrict })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("targetUnitId", notAbove.GetProperty("errors")[0].GetProperty("field").GetString());
        var p1 = await (await editor.PostAsJsonAsync($"{Posts}/{first.Id()}/proposals", new { targetUnitId = tree.District, comment = "Đề nghị đưa lên trang huyện" })).ExpectAsync(HttpStatusCode.Created);
        await (await editor.PostAsJsonAsync($"{Posts}/{first.Id()}/proposals", new { targetUnitId = tree.District })).ExpectAsync(HttpStatusCode.Conflict);
        var p2 = await (await editor.PostAsJsonAsync($"{Posts}/{second.Id()}/proposals", new { targetUnitId = tree.District })).ExpectAsync(HttpStatusCode.Created);

        var pending = await districtApprover.GetJsonAsync("/api/v1/proposals");
        var ids = pending.GetProperty("items").EnumerateArray().Select(i => i.Id()).ToHashSet();
        Assert.Equal(new HashSet<long> { p1.Id(), p2.Id() }, ids);
        Assert.True(pending.GetProperty("items")[0].GetProperty("canDecide").GetBoolean());
        Assert.Equal(0, (await otherApprover.GetJsonAsync("/api/v1/proposals")).GetProperty("total").GetInt32());

        await (await otherApprover.PostAsJsonAsync($"/api/v1/proposals/{p1.Id()}/accept", new { })).ExpectAsync(HttpStatusCode.NotFound);
        await (await editor.PostAsJsonAsync($"/api/v1/proposals/{p1.Id()}/accept", new { })).ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal("Accepted", (await districtApprover.PostJsonAsync($"/api/v1/proposals/{p1.Id()}/accept", new { })).Status());
        Assert.Equal("Declined", (await districtApprover.PostJsonAsync($"/api/v1/proposals/{p2.Id()}/decline", new { comment = "Trùng nội dung tuần này" })).Status());
        await (await districtApprover.PostAsJsonAsync($"/api/v1/proposals/{p2.Id()}/accept", new { })).ExpectAsync(HttpStatusCode.Conflict);
        Assert.Equal(0, (await districtApprover.GetJsonAsync("/api/v1/proposals")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await districtApprover.GetJsonAsync("/api/v1/proposals?status=Accepted")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_calendar_shows_scheduled_and_published_posts_of_the_callers_subtrees()
    {
        var admin = await app.AdminAsync();
        var tree = await admin.CreateTreeAsync();
        var (approver, _) = await app.UserAsync(AppRole.Approver, tree.District);
        var (otherApprover, _) = await app.UserAsync(AppRole.Approver, tree.OtherDistrict);
        var published = await approver.CreatePostAsync(tree.Grassroots, "Bài đã đăng hôm nay");
        var scheduled = await approver.CreatePostAsync(tree.Grassroots, "Bài hẹn giờ ngày mai");
        var draft = await approver.CreatePostAsync(tree.Grassroots, "Bài nháp không lên lịch");
        var at = DateTimeOffset.UtcNow.AddDays(1);
        foreach (var p in new[] { published, scheduled })
        {
            await approver.StepAsync(p.Id(), "submit");
            await approver.StepAsync(p.Id(), "approve");
        }

        await approver.StepAsync(published.Id(), "publish");
        // Scheduling checks the chosen channels at once: two real channels of the post's unit.
        var first = await Channels.ChannelsTestData.AddChannelAsync(app, tree.Grassroots, TuyenGiao.Modules.Features.Channels.Contracts.ChannelKind.Email, "lich1@cd.test", null);
        var second = await Channels.ChannelsTestData.AddChannelAsync(app, tree.Grassroots, TuyenGiao.Modules.Features.Channels.Contracts.ChannelKind.Email, "lich2@cd.test", null);
        var s = await approver.StepAsync(scheduled.Id(), "publish", new { at, channelIds = new[] { first, second } });
        Assert.Equal("Scheduled", s.Status());
        Assert.Equal([first, second], s.GetProperty("scheduledChannelIds").EnumerateArray().Select(e => e.GetInt64()).ToList());

        var today = DateTime.UtcNow.AddHours(7).Date;
        var from = today.AddDays(-1).ToString("yyyy-MM-dd");
        var to = today.AddDays(3).ToString("yyyy-MM-dd");
        var entries = await approver.GetJsonAsync($"{Posts}/calendar?from={from}&to={to}&unitId={tree.District}");
        var byId = entries.EnumerateArray().ToDictionary(e => e.GetProperty("postId").GetInt64());
        Assert.Equal("Published", byId[published.Id()].Status());
        Assert.Equal("Scheduled", byId[scheduled.Id()].Status());
        Assert.Equal(DateOnly.FromDateTime(at.UtcDateTime.AddHours(7)).ToString("yyyy-MM-dd"), byId[scheduled.Id()].GetProperty("date").GetString());
        Assert.False(byId.ContainsKey(draft.Id()));

        var others = await otherApprover.GetJsonAsync($"{Posts}/calendar?from={from}&to={to}");
        Assert.DoesNotContain(others.EnumerateArray(), e => e.GetProperty("postId").GetInt64() == published.Id());
        var tooLong = await (await approver.GetAsync($"{Posts}/calendar?from=2026-01-01&to=2026-12-31")).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("to", tooLong.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    private static Dictionary<string, object?> WithVersion(object draft, int version)
    {
        var json = System.Text.Json.JsonSerializer.SerializeToElement(draft, AppFixture.Json);
        var result = json.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        result["version"] = version;
        return result;
    }
}

public sealed class PostWorkflowTests_Sqlite(NewsroomSqliteFixture app) : PostWorkflowTests<NewsroomSqliteFixture>(app);

public sealed class PostWorkflowTests_Postgres(NewsroomPostgresFixture app) : PostWorkflowTests<NewsroomPostgresFixture>(app);
