using System.Net;
using System.Net.Http.Json;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;

namespace TuyenGiao.IntegrationTests.Features.Planning;

/// <summary>Campaigns: the four seeded for the demo federation, activity reports and progress against targets.</summary>
public abstract class CampaignProgressTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private const string Campaigns = "/api/v1/campaigns";

    [Fact]
    public async Task The_demo_federation_runs_the_four_campaigns_and_a_grassroots_editor_sees_them()
    {
        var admin = await app.AdminAsync();
        var federation = await GuidanceRoundTripTests<TFixture>.FederationIdAsync(admin);
        var grassroots = (await admin.GetJsonAsync($"/api/v1/org-units?under={federation}&level=GrassrootsUnion&pageSize=1")).GetProperty("items")[0].GetProperty("id").GetInt32();
        var editor = await app.ClientWithRoleAsync(AppRole.Editor, grassroots);

        var list = await editor.GetJsonAsync(Campaigns);
        var names = list.GetProperty("items").EnumerateArray().Where(c => c.GetProperty("ownerUnitId").GetInt32() == federation).Select(c => c.GetProperty("name").GetString()!)
            .Where(n => !n.StartsWith("Chương trình thử", StringComparison.Ordinal)) // the other test's own campaign
            .ToList();
        Assert.Equal(4, names.Count);
        Assert.Contains(names, n => n.StartsWith("Tháng Công nhân năm", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("Tháng hành động về an toàn, vệ sinh lao động", StringComparison.Ordinal));
        Assert.Contains("Chương trình học tập suốt đời cho công nhân lao động trong doanh nghiệp đến năm 2030", names);
        Assert.Contains("Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", names);
        Assert.All(list.GetProperty("items").EnumerateArray(), c => Assert.False(c.GetProperty("canManage").GetBoolean()));
    }

    [Fact]
    public async Task Reports_add_up_by_month_against_the_targets_and_bad_reports_are_refused()
    {
        var admin = await app.AdminAsync();
        var federation = await GuidanceRoundTripTests<TFixture>.FederationIdAsync(admin);
        var units = (await admin.GetJsonAsync($"/api/v1/org-units?under={federation}&level=GrassrootsUnion&pageSize=2")).GetProperty("items");
        var a = units[0].GetProperty("id").GetInt32();
        var b = units[1].GetProperty("id").GetInt32();
        var created = await admin.PostJsonAsync(Campaigns, new
        {
            ownerUnitId = federation,
            name = "Chương trình thử " + Guid.NewGuid().ToString("N")[..6],
            startsOn = "2025-01-01",
            endsOn = "2025-12-31",
            indicators = new object[]
            {
                new { key = "lop-hoc", label = "Lớp học được tổ chức", unit = "lớp", target = 40 },
                new { key = "nguoi-hoc", label = "Công nhân tham gia học", unit = "người", target = 1000 },
            },
        }, HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();

        var editorA = await app.ClientWithRoleAsync(AppRole.Editor, a);
        await editorA.PostJsonAsync($"{Campaigns}/{id}/reports", Report(a, "2025-01-01", "2025-01-31", 4, 100));
        await editorA.PostJsonAsync($"{Campaigns}/{id}/reports", Report(a, "2025-03-01", "2025-03-31", 6, 150));
        await admin.PostJsonAsync($"{Campaigns}/{id}/reports", Report(b, "2025-03-01", "2025-03-15", 10, 250));

        // The same unit and start date replaces the earlier report.
        await editorA.PostJsonAsync($"{Campaigns}/{id}/reports", Report(a, "2025-01-01", "2025-01-31", 5, 100));

        // Another unit, a negative value, a period outside the campaign: refused.
        await (await editorA.PostAsJsonAsync($"{Campaigns}/{id}/reports", Report(b, "2025-02-01", "2025-02-28", 1, 1))).ExpectAsync(HttpStatusCode.NotFound);
        var bad = await (await editorA.PostAsJsonAsync($"{Campaigns}/{id}/reports", Report(a, "2024-12-01", "2025-02-28", -1, 1))).ExpectAsync(HttpStatusCode.BadRequest);
        var fields = bad.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Contains("periodFrom", fields);
        Assert.Contains("values.lop-hoc", fields);

        var progress = await admin.GetJsonAsync($"{Campaigns}/{id}/progress?interval=month");
        Assert.Equal(21, progress.GetProperty("total").GetProperty("lop-hoc").GetDecimal());
        Assert.Equal(500, progress.GetProperty("total").GetProperty("nguoi-hoc").GetDecimal());
        Assert.Equal(52.5m, progress.GetProperty("percent").GetProperty("lop-hoc").GetDecimal());
        Assert.Equal(50m, progress.GetProperty("percent").GetProperty("nguoi-hoc").GetDecimal());
        Assert.Equal(2, progress.GetProperty("reportingUnits").GetInt32());
        var points = progress.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(12, points.Count); // the campaign is over: January to December
        Assert.Equal(5, points[0].GetProperty("cumulative").GetProperty("lop-hoc").GetDecimal());
        Assert.Equal(5, points[1].GetProperty("cumulative").GetProperty("lop-hoc").GetDecimal());
        Assert.Equal(21, points[2].GetProperty("cumulative").GetProperty("lop-hoc").GetDecimal());
        Assert.Equal(52.5m, points[11].GetProperty("percent").GetProperty("lop-hoc").GetDecimal());

        var weekly = await admin.GetJsonAsync($"{Campaigns}/{id}/progress?interval=week");
        Assert.Equal("2025-01-01", weekly.GetProperty("points")[0].GetProperty("from").GetString());
        Assert.Equal("2025-01-05", weekly.GetProperty("points")[0].GetProperty("to").GetString()); // Wednesday to Sunday
        Assert.Equal(21, weekly.GetProperty("points").EnumerateArray().Last().GetProperty("cumulative").GetProperty("lop-hoc").GetDecimal());

        // The grassroots editor's view of progress holds only its own unit's reports.
        var own = await editorA.GetJsonAsync($"{Campaigns}/{id}/progress");
        Assert.Equal(11, own.GetProperty("total").GetProperty("lop-hoc").GetDecimal());

        // Creating one needs the approve right in the owner.
        await (await editorA.PostAsJsonAsync(Campaigns, new { ownerUnitId = a, name = "X", startsOn = "2025-01-01", endsOn = "2025-02-01", indicators = new[] { new { label = "Y", target = 1 } } })).ExpectAsync(HttpStatusCode.Forbidden);
        var invalid = await (await admin.PostAsJsonAsync(Campaigns, new { ownerUnitId = federation, name = "", startsOn = "2025-03-01", endsOn = "2025-02-01", indicators = Array.Empty<object>() })).ExpectAsync(HttpStatusCode.BadRequest);
        var invalidFields = invalid.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Equal(["name", "endsOn", "indicators"], invalidFields);
    }

    private static object Report(int unitId, string from, string to, int classes, int people) => new
    {
        unitId,
        periodFrom = from,
        periodTo = to,
        values = new Dictionary<string, object> { ["lop-hoc"] = classes, ["nguoi-hoc"] = people },
    };
}

public sealed class CampaignProgressTests_Sqlite(SqliteAppFixture app) : CampaignProgressTests<SqliteAppFixture>(app);

public sealed class CampaignProgressTests_Postgres(PostgresAppFixture app) : CampaignProgressTests<PostgresAppFixture>(app);
