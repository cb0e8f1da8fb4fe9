using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.IntegrationTests.Features.Planning;

/// <summary>
/// Guidance down, reports up, over the demo federation's 640 units: issued to the whole subtree,
/// acknowledged by a sample, reported by a smaller one; the totals are the sums, the matrix counts
/// are right by level, and bad reports are refused without writing anything.
/// </summary>
public abstract class GuidanceRoundTripTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private const string Guidances = "/api/v1/guidances";

    private static readonly object[] Form =
    [
        new { key = "bang-ron", label = "Băng rôn, khẩu hiệu treo", kind = "Number", required = true, unit = "cái" },
        new { key = "hoi-nghi", label = "Hội nghị, buổi tuyên truyền", kind = "Number", required = true, unit = "cuộc" },
        new { key = "nguoi-du", label = "Người tham dự", kind = "Number", required = false, unit = "người" },
        new { key = "ghi-chu", label = "Ghi chú", kind = "Text", required = false },
    ];

    [Fact]
    public async Task Round_trip_over_the_demo_federation_sums_the_reports_and_counts_the_matrix_by_level()
    {
        var admin = await app.AdminAsync();
        var federation = await FederationIdAsync(admin);
        var subtree = await admin.GetJsonAsync($"/api/v1/org-units?under={federation}&pageSize=1000");
        var expectedIds = subtree.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetInt32()).Where(id => id != federation).ToHashSet();
        Assert.True(expectedIds.Count >= 640, $"demo subtree has {expectedIds.Count} units under the federation");

        var clock = Stopwatch.StartNew();
        var issued = await admin.PostJsonAsync(Guidances, IssueBody(federation, Number()), HttpStatusCode.Created);
        clock.Stop();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), // generous: the test machine is shared; alone it takes well under a second
            $"issuing to {expectedIds.Count} units took {clock.Elapsed}");
        var id = issued.GetProperty("id").GetInt32();
        Assert.Equal(expectedIds.Count, issued.GetProperty("recipientCount").GetInt32());
        Assert.Equal("<p>Tuyên truyền kỷ niệm ngày thành lập Công đoàn Việt Nam.</p><p>Treo băng rôn tại trụ sở.</p>", issued.GetProperty("content").GetString());

        var matrix = await admin.GetJsonAsync($"{Guidances}/{id}/matrix?pageSize=1000");
        var rows = matrix.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(expectedIds, rows.Select(r => r.GetProperty("unitId").GetInt32()).ToHashSet());
        Assert.All(rows, r => Assert.Equal(JsonValueKind.Null, r.GetProperty("acknowledgedAt").ValueKind));

        // A sample acknowledges (every 4th row), a smaller one reports (every 9th), values known.
        var acknowledged = rows.Where((_, i) => i % 4 == 0).ToList();
        foreach (var row in acknowledged)
        {
            await admin.PostJsonAsync($"{Guidances}/{id}/recipients/{row.GetProperty("unitId").GetInt32()}/acknowledge", new { });
        }

        var reported = rows.Where((_, i) => i % 9 == 0).ToList();
        var expected = new Dictionary<string, Dictionary<string, decimal>>();
        foreach (var (row, n) in reported.Select((r, n) => (r, n)))
        {
            var unitId = row.GetProperty("unitId").GetInt32();
            var values = new Dictionary<string, object> { ["bang-ron"] = n % 5 + 1, ["hoi-nghi"] = n % 3, ["ghi-chu"] = "Đã treo băng rôn" };
            if (n % 2 == 0)
            {
                values["nguoi-du"] = 10 + n;
            }

            await (await admin.PutAsJsonAsync($"{Guidances}/{id}/recipients/{unitId}/report", new { values })).ExpectAsync(HttpStatusCode.OK);
            var level = row.GetProperty("level").GetString()!;
            foreach (var key in new[] { "all", level })
            {
                var sums = expected.TryGetValue(key, out var s) ? s : expected[key] = new() { ["bang-ron"] = 0, ["hoi-nghi"] = 0, ["nguoi-du"] = 0 };
                sums["bang-ron"] += n % 5 + 1;
                sums["hoi-nghi"] += n % 3;
                sums["nguoi-du"] += n % 2 == 0 ? 10 + n : 0;
            }
        }

        var totals = await admin.GetJsonAsync($"{Guidances}/{id}/totals");
        var all = totals.GetProperty("subtree");
        Assert.Equal(expectedIds.Count, all.GetProperty("units").GetInt32());
        Assert.Equal(reported.Count, all.GetProperty("reported").GetInt32());
        foreach (var key in new[] { "bang-ron", "hoi-nghi", "nguoi-du" })
        {
            Assert.Equal(expected["all"][key], all.GetProperty("values").GetProperty(key).GetDecimal());
        }

        Assert.Equal(["bang-ron", "hoi-nghi", "nguoi-du"], totals.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("key").GetString()));
        foreach (var level in totals.GetProperty("levels").EnumerateArray())
        {
            var name = level.GetProperty("level").GetString()!;
            Assert.Equal(rows.Count(r => r.GetProperty("level").GetString() == name), level.GetProperty("units").GetInt32());
            foreach (var key in new[] { "bang-ron", "hoi-nghi", "nguoi-du" })
            {
                Assert.Equal(expected.GetValueOrDefault(name)?[key] ?? 0, level.GetProperty("values").GetProperty(key).GetDecimal());
            }
        }

        // Branches: the ten upper unions, each with the units under it; together, everything.
        var branches = totals.GetProperty("branches").EnumerateArray().ToList();
        Assert.Equal(10, branches.Count);
        Assert.Equal(expectedIds.Count, branches.Sum(b => b.GetProperty("units").GetInt32()));
        Assert.Equal(expected["all"]["bang-ron"], branches.Sum(b => b.GetProperty("values").GetProperty("bang-ron").GetDecimal()));

        // The matrix by level: 10 upper unions, the rest grassroots; acknowledged and reported counts.
        matrix = await admin.GetJsonAsync($"{Guidances}/{id}/matrix?pageSize=1000");
        rows = matrix.GetProperty("items").EnumerateArray().ToList();
        var ackIds = acknowledged.Concat(reported).Select(r => r.GetProperty("unitId").GetInt32()).ToHashSet();
        var levels = matrix.GetProperty("levels").EnumerateArray().ToDictionary(l => l.GetProperty("level").GetString()!);
        Assert.Equal(10, levels["UpperUnion"].GetProperty("units").GetInt32());
        Assert.Equal(expectedIds.Count - 10, levels["GrassrootsUnion"].GetProperty("units").GetInt32());
        Assert.Equal("Công đoàn cơ sở", levels["GrassrootsUnion"].GetProperty("levelName").GetString());
        foreach (var (name, level) in levels)
        {
            var ofLevel = rows.Where(r => r.GetProperty("level").GetString() == name).ToList();
            Assert.Equal(ofLevel.Count(r => ackIds.Contains(r.GetProperty("unitId").GetInt32())), level.GetProperty("acknowledged").GetInt32());
            Assert.Equal(ofLevel.Count(r => reported.Any(x => x.GetProperty("unitId").GetInt32() == r.GetProperty("unitId").GetInt32())), level.GetProperty("reported").GetInt32());
            Assert.Equal(0, level.GetProperty("overdue").GetInt32());
        }

        Assert.Equal(ackIds.Count, matrix.GetProperty("acknowledged").GetInt32());
        Assert.Equal(reported.Count, matrix.GetProperty("reported").GetInt32());
        var pending = await admin.GetJsonAsync($"{Guidances}/{id}/matrix?status=pending&level=GrassrootsUnion&pageSize=5");
        Assert.Equal(5, pending.GetProperty("items").GetArrayLength());
        Assert.Equal(rows.Count(r => r.GetProperty("level").GetString() == "GrassrootsUnion" && r.GetProperty("reportedAt").ValueKind == JsonValueKind.Null), pending.GetProperty("total").GetInt32());

        // Reminders go to every unit that has not reported, and are recorded on their rows.
        var reminded = await admin.PostJsonAsync($"{Guidances}/{id}/remind", new { });
        Assert.Equal(expectedIds.Count - reported.Count, reminded.GetProperty("reminded").GetInt32());
        var remindedRows = await app.WithDbAsync(db => db.Set<GuidanceRecipient>().CountAsync(r => r.GuidanceId == id && r.ReminderCount == 1));
        Assert.Equal(expectedIds.Count - reported.Count, remindedRows);

        // The Excel export holds one row per unit and the totals sheet ends with the whole subtree.
        var xlsx = await admin.GetAsync($"{Guidances}/{id}/export");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        await using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var sheets = stream.GetSheetNames();
        Assert.Equal(["Tình hình báo cáo", "Tổng hợp"], sheets);
        var sheetRows = stream.Query(useHeaderRow: true, sheetName: "Tình hình báo cáo").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(expectedIds.Count, sheetRows.Count);
        var totalRows = stream.Query(useHeaderRow: true, sheetName: "Tổng hợp").Cast<IDictionary<string, object>>().ToList();
        Assert.Equal("Toàn bộ", totalRows[^1]["Nhóm"]);
        Assert.Equal(expected["all"]["bang-ron"], Convert.ToDecimal(totalRows[^1]["Băng rôn, khẩu hiệu treo (cái)"], CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_grassroots_editor_reports_for_its_own_unit_only_and_bad_values_write_nothing()
    {
        var admin = await app.AdminAsync();
        var federation = await FederationIdAsync(admin);
        var id = (await admin.PostJsonAsync(Guidances, IssueBody(federation, Number()), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        var grassroots = (await admin.GetJsonAsync($"/api/v1/org-units?under={federation}&level=GrassrootsUnion&pageSize=2")).GetProperty("items");
        var mine = grassroots[0].GetProperty("id").GetInt32();
        var other = grassroots[1].GetProperty("id").GetInt32();
        var editor = await app.ClientWithRoleAsync(AppRole.Editor, mine);

        var tasks = await editor.GetJsonAsync($"{Guidances}/tasks");
        var task = tasks.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("guidanceId").GetInt32() == id);
        Assert.Equal(mine, task.GetProperty("unitId").GetInt32());

        // Another unit's row: not even visible.
        await (await editor.PostAsJsonAsync($"{Guidances}/{id}/recipients/{other}/acknowledge", new { })).ExpectAsync(HttpStatusCode.NotFound);
        await (await editor.PutAsJsonAsync($"{Guidances}/{id}/recipients/{other}/report", new { values = new Dictionary<string, object> { ["bang-ron"] = 1, ["hoi-nghi"] = 1 } })).ExpectAsync(HttpStatusCode.NotFound);
        await (await editor.GetAsync($"{Guidances}/{id + 100000}")).ExpectAsync(HttpStatusCode.NotFound);

        // The editor sees the guidance, and only its own row of the matrix.
        var matrix = await editor.GetJsonAsync($"{Guidances}/{id}/matrix");
        Assert.Equal(mine, matrix.GetProperty("items").EnumerateArray().Single().GetProperty("unitId").GetInt32());

        // Bad values: a negative number, a missing required field, text in a number, an unknown key.
        var bad = await (await editor.PutAsJsonAsync($"{Guidances}/{id}/recipients/{mine}/report", new
        {
            values = new Dictionary<string, object> { ["bang-ron"] = -3, ["nguoi-du"] = "nhiều", ["la"] = 1 },
        })).ExpectAsync(HttpStatusCode.BadRequest);
        var fields = bad.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Contains("values.bang-ron", fields);
        Assert.Contains("values.hoi-nghi", fields);
        Assert.Contains("values.nguoi-du", fields);
        Assert.Contains("values.la", fields);
        Assert.Contains(bad.GetProperty("errors").EnumerateArray(), e => e.GetProperty("message").GetString() == "\"Băng rôn, khẩu hiệu treo\" phải từ 0 trở lên.");
        var row = await app.WithDbAsync(db => db.Set<GuidanceRecipient>().AsNoTracking().SingleAsync(r => r.GuidanceId == id && r.UnitId == mine));
        Assert.Null(row.ReportedAt);
        Assert.Null(row.AcknowledgedAt);
        Assert.Null(row.ValuesJson);

        // The issuer reminds this one unit: its editor gets a notice linking to the report page.
        var reminded = await admin.PostJsonAsync($"{Guidances}/{id}/remind", new { unitIds = new[] { mine } });
        Assert.Equal(1, reminded.GetProperty("reminded").GetInt32());
        var inbox = await editor.GetJsonAsync("/api/v1/notifications");
        var notice = inbox.GetProperty("items").EnumerateArray().Single(n => n.GetProperty("kind").GetString() == "guidance.reminder");
        Assert.Equal($"/quan-tri/huong-dan/{id}/bao-cao/{mine}", notice.GetProperty("link").GetString());
        Assert.StartsWith("Nhắc báo cáo theo hướng dẫn", notice.GetProperty("title").GetString(), StringComparison.Ordinal);

        var ack = await editor.PostJsonAsync($"{Guidances}/{id}/recipients/{mine}/acknowledge", new { });
        Assert.NotEqual(JsonValueKind.Null, ack.GetProperty("acknowledgedAt").ValueKind);
        var report = await (await editor.PutAsJsonAsync($"{Guidances}/{id}/recipients/{mine}/report", new
        {
            values = new Dictionary<string, object> { ["bang-ron"] = 4, ["hoi-nghi"] = "2", ["ghi-chu"] = "Treo tại cổng nhà máy" },
        })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(4, report.GetProperty("values").GetProperty("bang-ron").GetDecimal());
        Assert.Equal(2, report.GetProperty("values").GetProperty("hoi-nghi").GetDecimal());

        var totals = await admin.GetJsonAsync($"{Guidances}/{id}/totals");
        Assert.Equal(4, totals.GetProperty("subtree").GetProperty("values").GetProperty("bang-ron").GetDecimal());
        Assert.Equal(1, totals.GetProperty("subtree").GetProperty("reported").GetInt32());

        // Reported: gone from the editor's pending tasks.
        tasks = await editor.GetJsonAsync($"{Guidances}/tasks");
        Assert.DoesNotContain(tasks.GetProperty("items").EnumerateArray(), t => t.GetProperty("guidanceId").GetInt32() == id);
    }

    [Fact]
    public async Task Issuing_needs_the_approve_right_and_bad_input_is_refused_without_writing()
    {
        var admin = await app.AdminAsync();
        var federation = await FederationIdAsync(admin);
        var district = (await admin.GetJsonAsync($"/api/v1/org-units?parentId={federation}&pageSize=2")).GetProperty("items");
        var districtId = district[0].GetProperty("id").GetInt32();
        var otherDistrict = district[1].GetProperty("id").GetInt32();
        var before = await app.WithDbAsync(db => db.Set<IssuedGuidance>().CountAsync());

        var editor = await app.ClientWithRoleAsync(AppRole.Editor, federation);
        await (await editor.PostAsJsonAsync(Guidances, IssueBody(federation, Number()))).ExpectAsync(HttpStatusCode.Forbidden);
        var approver = await app.ClientWithRoleAsync(AppRole.Approver, districtId);
        await (await approver.PostAsJsonAsync(Guidances, IssueBody(otherDistrict, Number()))).ExpectAsync(HttpStatusCode.NotFound);

        var bad = await (await approver.PostAsJsonAsync(Guidances, new
        {
            issuerUnitId = districtId,
            number = " ",
            title = "Hướng dẫn thử",
            content = "Nội dung",
            deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            scope = "Chosen",
            unitIds = new[] { otherDistrict },
            form = new object[] { new { label = "Số cuộc", kind = "Ngày" }, new { key = "Sai Mã", label = "X" } },
            attachments = new[] { new { name = "Kế hoạch", url = "javascript:alert(1)" } },
        })).ExpectAsync(HttpStatusCode.BadRequest);
        var fields = bad.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Contains("number", fields);
        Assert.Contains("deadline", fields);
        Assert.Contains("unitIds", fields);
        Assert.Contains("form[0].kind", fields);
        Assert.Contains("form[1].key", fields);
        Assert.Contains("attachments[0].url", fields);
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<IssuedGuidance>().CountAsync()));

        // The district's approver issues to chosen units of its own district; a number is unique per issuer.
        var under = (await admin.GetJsonAsync($"/api/v1/org-units?parentId={districtId}&pageSize=3")).GetProperty("items").EnumerateArray().Select(u => u.GetProperty("id").GetInt32()).ToList();
        var number = Number();
        var body = IssueBody(districtId, number, "Chosen", under);
        var issued = await approver.PostJsonAsync(Guidances, body, HttpStatusCode.Created);
        Assert.Equal(under.Count, issued.GetProperty("recipientCount").GetInt32());
        Assert.Equal("<p>Tuyên truyền kỷ niệm ngày thành lập Công đoàn Việt Nam.</p><p>Treo băng rôn tại trụ sở.</p>", issued.GetProperty("content").GetString());
        var again = await (await approver.PostAsJsonAsync(Guidances, body)).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("number", again.GetProperty("errors")[0].GetProperty("field").GetString());

        // HTML content is sanitised.
        var html = await approver.PostJsonAsync(Guidances, IssueBody(districtId, Number(), "Chosen", under, "<p onclick=\"x()\">Nội dung <script>alert(1)</script><b>chính</b></p>"), HttpStatusCode.Created);
        Assert.Equal("<p>Nội dung <b>chính</b></p>", html.GetProperty("content").GetString());

        // The other district's editor does not see it at all.
        var outsider = await app.ClientWithRoleAsync(AppRole.Editor, otherDistrict);
        await (await outsider.GetAsync($"{Guidances}/{issued.GetProperty("id").GetInt32()}")).ExpectAsync(HttpStatusCode.NotFound);
        var list = await outsider.GetJsonAsync(Guidances);
        Assert.DoesNotContain(list.GetProperty("items").EnumerateArray(), g => g.GetProperty("number").GetString() == number);
        await (await outsider.PostAsJsonAsync($"{Guidances}/{issued.GetProperty("id").GetInt32()}/remind", new { })).ExpectAsync(HttpStatusCode.NotFound);
    }

    internal static object IssueBody(int issuer, string number, string scope = "Subtree", IReadOnlyList<int>? unitIds = null, string? content = null) => new
    {
        issuerUnitId = issuer,
        number,
        title = "Hướng dẫn tuyên truyền kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam",
        content = content ?? "Tuyên truyền kỷ niệm ngày thành lập Công đoàn Việt Nam.\n\nTreo băng rôn tại trụ sở.",
        keyMessages = new[] { "Công đoàn Việt Nam: 97 năm đồng hành cùng người lao động" },
        attachments = new[] { new { name = "Đề cương tuyên truyền", url = "https://ldld.example.vn/de-cuong.pdf" } },
        deadline = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        scope,
        unitIds,
        form = Form,
    };

    internal static string Number() => $"{Random.Shared.Next(1, 99999)}/HD-LĐLĐ";

    internal static async Task<int> FederationIdAsync(HttpClient admin)
    {
        var federations = await admin.GetJsonAsync("/api/v1/org-units?level=Federation&q=bac%20kan");
        return federations.GetProperty("items")[0].GetProperty("id").GetInt32();
    }
}

public sealed class GuidanceRoundTripTests_Sqlite(SqliteAppFixture app) : GuidanceRoundTripTests<SqliteAppFixture>(app);

public sealed class GuidanceRoundTripTests_Postgres(PostgresAppFixture app) : GuidanceRoundTripTests<PostgresAppFixture>(app);
