using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.IntegrationTests.Features.Planning;

/// <summary>Communication plans through <c>/api/v1/plans</c>: round trip, access by unit subtree, bad input, DOCX export.</summary>
public abstract class CommunicationPlanApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private const string Plans = "/api/v1/plans";

    [Fact]
    public async Task A_plan_round_trips_with_activities_budget_and_links_and_flags_overdue_activities()
    {
        var admin = await app.AdminAsync();
        var tree = await PlanningTestTree.CreateAsync(admin);
        var observanceId = await ObservanceIdAsync(admin, "Ngày thành lập Công đoàn Việt Nam");
        var today = PlanningTestTree.Today;

        var created = await admin.PostJsonAsync(Plans, PlanBody(tree.GrassrootsA, "Kế hoạch tuyên truyền năm 2026", observanceId, today), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal("Thematic", created.GetProperty("kind").GetString());
        Assert.Equal("Draft", created.GetProperty("status").GetString());
        Assert.Equal(["Người lao động là trung tâm", "Công đoàn đồng hành cùng người lao động"], Strings(created.GetProperty("keyMessages")));
        Assert.Equal(["Fanpage Lao động & Công đoàn Bắc Kạn", "Nhóm Zalo"], Strings(created.GetProperty("channels")));
        Assert.Equal(observanceId, created.GetProperty("observances")[0].GetProperty("id").GetInt32());
        Assert.Equal([7, 9], created.GetProperty("campaignIds").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(1_734_567, created.GetProperty("budgetTotal").GetInt64());

        var activities = created.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(3, activities.Count);
        Assert.True(activities[0].GetProperty("overdue").GetBoolean(), "planned, deadline yesterday");
        Assert.False(activities[1].GetProperty("overdue").GetBoolean(), "done, deadline yesterday");
        Assert.False(activities[2].GetProperty("overdue").GetBoolean(), "planned, deadline tomorrow");
        Assert.Equal(1, created.GetProperty("overdueActivities").GetInt32());

        var list = await admin.GetJsonAsync($"{Plans}?under={tree.Federation}&year=2026");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var summary = list.GetProperty("items")[0];
        Assert.Equal(id, summary.GetProperty("id").GetInt32());
        Assert.Equal(1, summary.GetProperty("overdueActivities").GetInt32());
        Assert.Equal(1_734_567, summary.GetProperty("budgetTotal").GetInt64());
        Assert.Equal(0, (await admin.GetJsonAsync($"{Plans}?under={tree.Federation}&year=2025")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await admin.GetJsonAsync($"{Plans}?under={tree.Federation}&q=tuyen%20truyen")).GetProperty("total").GetInt32());

        var changed = PlanBody(tree.GrassrootsA, "Kế hoạch tuyên truyền Tháng Công nhân", null, today) with { Status = "Approved", Activities = [new("Treo băng rôn", null, "Ban Tuyên giáo", null, null, PlanningTestTree.Iso(today.AddDays(-3)), "Done")], BudgetLines = [] };
        var updated = await (await admin.PutAsJsonAsync($"{Plans}/{id}", changed)).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Approved", updated.GetProperty("status").GetString());
        Assert.Single(updated.GetProperty("activities").EnumerateArray());
        Assert.Empty(updated.GetProperty("observances").EnumerateArray());
        Assert.Equal(0, updated.GetProperty("budgetTotal").GetInt64());
        Assert.Equal(0, updated.GetProperty("overdueActivities").GetInt32());
        Assert.Equal(1, await app.WithDbAsync(db => db.Set<PlanActivity>().CountAsync(a => a.PlanId == id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<PlanBudgetLine>().CountAsync(b => b.PlanId == id)));

        await (await admin.DeleteAsync($"{Plans}/{id}")).ExpectAsync(HttpStatusCode.NoContent);
        await (await admin.GetAsync($"{Plans}/{id}")).ExpectAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<PlanActivity>().CountAsync(a => a.PlanId == id)));
    }

    [Fact]
    public async Task A_grassroots_editor_cannot_see_or_change_another_units_plan()
    {
        var admin = await app.AdminAsync();
        var tree = await PlanningTestTree.CreateAsync(admin);
        var today = PlanningTestTree.Today;
        var planA = (await admin.PostJsonAsync(Plans, PlanBody(tree.GrassrootsA, "Kế hoạch của đơn vị A", null, today), HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var editorB = await app.ClientWithRoleAsync(AppRole.Editor, tree.GrassrootsB);
        await (await editorB.GetAsync($"{Plans}/{planA}")).ExpectAsync(HttpStatusCode.NotFound);
        await (await editorB.GetAsync($"{Plans}/{planA}/docx")).ExpectAsync(HttpStatusCode.NotFound);
        await (await editorB.PutAsJsonAsync($"{Plans}/{planA}", PlanBody(tree.GrassrootsB, "Chiếm kế hoạch", null, today))).ExpectAsync(HttpStatusCode.NotFound);
        await (await editorB.DeleteAsync($"{Plans}/{planA}")).ExpectAsync(HttpStatusCode.NotFound);
        await (await editorB.PostAsJsonAsync(Plans, PlanBody(tree.GrassrootsA, "Kế hoạch chen vào A", null, today))).ExpectAsync(HttpStatusCode.NotFound);
        await (await editorB.GetAsync($"{Plans}?under={tree.Upper}")).ExpectAsync(HttpStatusCode.NotFound);
        var seen = await editorB.GetJsonAsync($"{Plans}?pageSize=1000");
        Assert.DoesNotContain(seen.GetProperty("items").EnumerateArray(), p => p.GetProperty("id").GetInt32() == planA);

        var own = await editorB.PostJsonAsync(Plans, PlanBody(tree.GrassrootsB, "Kế hoạch của đơn vị B", null, today), HttpStatusCode.Created);
        Assert.True(own.GetProperty("canEdit").GetBoolean());
        Assert.Equal(1, (await editorB.GetJsonAsync(Plans)).GetProperty("total").GetInt32());

        var viewerA = await app.ClientWithRoleAsync(AppRole.Viewer, tree.GrassrootsA);
        var read = await viewerA.GetJsonAsync($"{Plans}/{planA}");
        Assert.False(read.GetProperty("canEdit").GetBoolean());
        await (await viewerA.PutAsJsonAsync($"{Plans}/{planA}", PlanBody(tree.GrassrootsA, "Sửa trái phép", null, today))).ExpectAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Kế hoạch của đơn vị A", await app.WithDbAsync(db => db.Set<CommunicationPlan>().Where(p => p.Id == planA).Select(p => p.Title).SingleAsync()));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_field_errors_and_writes_nothing()
    {
        var admin = await app.AdminAsync();
        var tree = await PlanningTestTree.CreateAsync(admin);
        var today = PlanningTestTree.Today;
        var before = await CountsAsync();

        var bad = PlanBody(tree.GrassrootsA, "  ", 999_999, today) with
        {
            Kind = "Monthly",
            Year = 1800,
            StartDate = "2026-05-31",
            EndDate = "2026-05-01",
            Activities = [new(null, null, null, null, "2026-06-02", "2026-06-01", "Later")],
            BudgetLines = [new("Băng rôn", -5, null), new(null, null, null)],
        };
        var problem = await (await admin.PostAsJsonAsync(Plans, bad)).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Dữ liệu chưa hợp lệ", problem.GetProperty("title").GetString());
        var fields = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToHashSet();
        Assert.Superset(
            new HashSet<string?> { "title", "kind", "year", "endDate", "observanceIds", "activities[0].title", "activities[0].status", "activities[0].deadline", "budgetLines[0].amount", "budgetLines[1].item", "budgetLines[1].amount" },
            fields);
        Assert.Equal(before, await CountsAsync());

        var id = (await admin.PostJsonAsync(Plans, PlanBody(tree.GrassrootsA, "Kế hoạch đúng", null, today), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var afterCreate = await CountsAsync();
        await (await admin.PutAsJsonAsync($"{Plans}/{id}", bad with { Title = "Tên mới" })).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal(afterCreate, await CountsAsync());
        var kept = await admin.GetJsonAsync($"{Plans}/{id}");
        Assert.Equal("Kế hoạch đúng", kept.GetProperty("title").GetString());
        Assert.Equal(3, kept.GetProperty("activities").GetArrayLength());
    }

    [Fact]
    public async Task Docx_export_is_a_Word_document_with_the_header_sections_and_budget_total()
    {
        var admin = await app.AdminAsync();
        var tree = await PlanningTestTree.CreateAsync(admin);
        var observanceId = await ObservanceIdAsync(admin, "Ngày thành lập Công đoàn Việt Nam");
        var id = (await admin.PostJsonAsync(Plans, PlanBody(tree.GrassrootsA, "Kế hoạch tuyên truyền kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam", observanceId, PlanningTestTree.Today), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var unitName = (await admin.UnitAsync(tree.GrassrootsA)).GetProperty("unit").GetProperty("name").GetString()!;

        var response = await admin.GetAsync($"{Plans}/{id}/docx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".docx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var text = string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains(unitName.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), text, StringComparison.Ordinal);
        Assert.Contains("KẾ HOẠCH", text, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch tuyên truyền kỷ niệm 97 năm", text, StringComparison.Ordinal);
        Assert.Contains("Ngày 28/07: Ngày thành lập Công đoàn Việt Nam", text, StringComparison.Ordinal);
        Assert.Contains("- Người lao động là trung tâm", text, StringComparison.Ordinal);

        var tables = body.Elements<Table>().ToList();
        var budget = tables.Single(t => t.InnerText.Contains("Tổng cộng", StringComparison.Ordinal));
        var lastRow = budget.Elements<TableRow>().Last();
        Assert.Equal("1.734.567 đ", lastRow.Elements<TableCell>().Last().InnerText);
        var activities = tables.Single(t => t.InnerText.Contains("Nội dung công việc", StringComparison.Ordinal));
        Assert.Equal(4, activities.Elements<TableRow>().Count());
        Assert.Contains(PlanningTestTree.Today.AddDays(1).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), activities.InnerText, StringComparison.Ordinal);
    }

    private Task<(int Plans, int Activities, int Lines, int Links)> CountsAsync() => app.WithDbAsync(async db => (
        await db.Set<CommunicationPlan>().CountAsync(),
        await db.Set<PlanActivity>().CountAsync(),
        await db.Set<PlanBudgetLine>().CountAsync(),
        await db.Set<PlanObservance>().CountAsync() + await db.Set<PlanCampaign>().CountAsync()));

    private static async Task<int> ObservanceIdAsync(HttpClient client, string name)
    {
        var list = await client.GetJsonAsync("/api/v1/observances?pageSize=1000");
        return list.GetProperty("items").EnumerateArray().First(o => o.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();
    }

    private static List<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();

    internal static PlanBody PlanBody(int unitId, string title, int? observanceId, DateOnly today) => new(
        unitId,
        title,
        "Thematic",
        2026,
        "2026-01-01",
        "2026-12-31",
        null,
        "Nâng cao nhận thức của đoàn viên, người lao động.\nPhát huy vai trò của tổ chức công đoàn.",
        ["Người lao động là trung tâm", "  ", "Công đoàn đồng hành cùng người lao động"],
        ["Đoàn viên công đoàn", "Người lao động trong doanh nghiệp"],
        ["Fanpage Lao động & Công đoàn Bắc Kạn", "Nhóm Zalo"],
        observanceId is { } o ? [o] : [],
        [7, 9],
        [
            new("Đăng tin bài trên fanpage", "Ít nhất 2 tin mỗi ngày", "Ban Tuyên giáo", null, null, PlanningTestTree.Iso(today.AddDays(-1)), "Planned"),
            new("Hội nghị báo cáo viên quý", null, "Văn phòng", null, null, PlanningTestTree.Iso(today.AddDays(-1)), "Done"),
            new("Phối hợp Báo Bắc Kạn đưa tin", null, "Ban Tuyên giáo", null, PlanningTestTree.Iso(today), PlanningTestTree.Iso(today.AddDays(1)), null),
        ],
        [new("Băng rôn, khẩu hiệu", 1_234_567, "Kinh phí công đoàn"), new("Nhuận bút tin bài", 500_000, null)]);
}

/// <summary>The JSON body of a plan save, with dates as the API reads them.</summary>
public sealed record PlanBody(
    int? UnitId,
    string? Title,
    string? Kind,
    int? Year,
    string? StartDate,
    string? EndDate,
    string? Status,
    string? Objectives,
    string[]? KeyMessages,
    string[]? Audiences,
    string[]? Channels,
    int[]? ObservanceIds,
    int[]? CampaignIds,
    ActivityBody[]? Activities,
    BudgetBody[]? BudgetLines);

public sealed record ActivityBody(string? Title, string? Description, string? OwnerName, string? OwnerUserId, string? StartDate, string? Deadline, string? Status);

public sealed record BudgetBody(string? Item, long? Amount, string? Source);

public sealed class CommunicationPlanApiTests_Sqlite(SqliteAppFixture app) : CommunicationPlanApiTests<SqliteAppFixture>(app);

public sealed class CommunicationPlanApiTests_Postgres(PostgresAppFixture app) : CommunicationPlanApiTests<PostgresAppFixture>(app);
