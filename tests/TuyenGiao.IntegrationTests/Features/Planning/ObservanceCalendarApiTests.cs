using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ical.Net.CalendarComponents;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Identity.Data;
using TuyenGiao.Modules.Features.Planning.Contracts;
using TuyenGiao.Modules.Features.Planning.Domain;

namespace TuyenGiao.IntegrationTests.Features.Planning;

/// <summary>The observance calendar through the API: conversions, occurrences, iCalendar, and who may change what.</summary>
public abstract class ObservanceCalendarApiTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private const string TradeUnionDay = "Ngày thành lập Công đoàn Việt Nam";

    [Fact]
    public async Task Lunar_and_solar_conversions_answer_Vietnamese_dates_without_sign_in()
    {
        var client = app.Anonymous();

        var tet1985 = await client.GetJsonAsync("/api/v1/calendar/lunar?date=1985-01-21");
        Assert.Equal(1, tet1985.GetProperty("day").GetInt32());
        Assert.Equal(1, tet1985.GetProperty("month").GetInt32());
        Assert.Equal(1985, tet1985.GetProperty("year").GetInt32());
        Assert.False(tet1985.GetProperty("leapMonth").GetBoolean());
        Assert.Equal("Ất Sửu", tet1985.GetProperty("yearName").GetString());

        var tet2024 = await client.GetJsonAsync("/api/v1/calendar/solar?year=2024&month=1&day=1");
        Assert.Equal("2024-02-10", tet2024.GetProperty("date").GetString());

        var leap = await client.GetJsonAsync("/api/v1/calendar/solar?year=2023&month=2&day=1&leapMonth=true");
        Assert.Equal("2023-03-22", leap.GetProperty("date").GetString());
        var back = await client.GetJsonAsync("/api/v1/calendar/lunar?date=2023-03-22");
        Assert.True(back.GetProperty("leapMonth").GetBoolean());
        Assert.Equal(2, back.GetProperty("month").GetInt32());
    }

    [Fact]
    public async Task Solar_conversion_rejects_a_lunar_date_that_does_not_exist_with_a_Vietnamese_problem()
    {
        var client = app.Anonymous();
        var shortMonth = Enumerable.Range(1, 12).First(m => VietnameseLunarCalendar.DaysInMonth(2024, m) == 29);

        var day30 = await (await client.GetAsync($"/api/v1/calendar/solar?year=2024&month={shortMonth}&day=30")).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Ngày âm lịch không tồn tại", day30.GetProperty("title").GetString());
        Assert.Equal("day", day30.GetProperty("errors")[0].GetProperty("field").GetString());
        Assert.Contains("29 ngày", day30.GetProperty("errors")[0].GetProperty("message").GetString());

        var noLeap = await (await client.GetAsync("/api/v1/calendar/solar?year=2024&month=5&day=1&leapMonth=true")).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Ngày âm lịch không tồn tại", noLeap.GetProperty("title").GetString());
        Assert.Equal("leapMonth", noLeap.GetProperty("errors")[0].GetProperty("field").GetString());

        var tooEarly = await (await client.GetAsync("/api/v1/calendar/solar?year=1899&month=1&day=1")).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Dữ liệu chưa hợp lệ", tooEarly.GetProperty("title").GetString());
        Assert.Equal("year", tooEarly.GetProperty("errors")[0].GetProperty("field").GetString());

        var outside = await (await client.GetAsync("/api/v1/calendar/lunar?date=2101-01-01")).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("date", outside.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task Occurrences_of_2029_mark_the_100th_anniversary_of_the_trade_union_as_round_and_major()
    {
        var result = await app.Anonymous().GetJsonAsync("/api/v1/observances/occurrences?year=2029");
        var items = result.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(items.Count, result.GetProperty("total").GetInt32());
        var dates = items.Select(i => i.GetProperty("date").GetString()!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);

        var union = items.Single(i => i.GetProperty("name").GetString() == TradeUnionDay);
        Assert.Equal("2029-07-28", union.GetProperty("date").GetString());
        Assert.Equal(100, union.GetProperty("anniversary").GetInt32());
        Assert.True(union.GetProperty("round").GetBoolean());
        Assert.True(union.GetProperty("major").GetBoolean());
        Assert.True(union.GetProperty("observanceId").GetInt32() > 0);

        var dienBienPhu = items.Single(i => i.GetProperty("date").GetString() == "2029-05-07");
        Assert.Equal(75, dienBienPhu.GetProperty("anniversary").GetInt32());
        Assert.True(dienBienPhu.GetProperty("round").GetBoolean());
        Assert.False(dienBienPhu.GetProperty("major").GetBoolean());

        var nationalDay = items.Single(i => i.GetProperty("date").GetString() == "2029-09-02");
        Assert.Equal(84, nationalDay.GetProperty("anniversary").GetInt32());
        Assert.False(nationalDay.GetProperty("round").GetBoolean());

        var tet = items.Single(i => i.GetProperty("name").GetString() == "Tết Nguyên đán");
        Assert.Equal(VietnameseLunarCalendar.NewYear(2029).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), tet.GetProperty("date").GetString());
        Assert.Equal(1, tet.GetProperty("lunar").GetProperty("day").GetInt32());
        Assert.Equal(2029, tet.GetProperty("lunar").GetProperty("year").GetInt32());
        Assert.Equal(JsonValueKind.Null, tet.GetProperty("anniversary").ValueKind);

        var hungKings = items.Single(i => i.GetProperty("name").GetString() == "Giỗ Tổ Hùng Vương");
        Assert.Equal(VietnameseLunarCalendar.ToSolar(10, 3, 2029).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), hungKings.GetProperty("date").GetString());

        var workerMonth = items.Single(i => i.GetProperty("name").GetString() == "Tháng Công nhân");
        Assert.Equal("2029-05-01", workerMonth.GetProperty("date").GetString());
        Assert.Equal("2029-05-31", workerMonth.GetProperty("endDate").GetString());
        Assert.Equal(19, workerMonth.GetProperty("anniversary").GetInt32());

        var bad = await (await app.Anonymous().GetAsync("/api/v1/observances/occurrences?year=2101")).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("year", bad.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task Ics_export_parses_with_Ical_Net_and_holds_the_years_occurrences()
    {
        var client = app.Anonymous();
        var total = (await client.GetJsonAsync("/api/v1/observances/occurrences?year=2029")).GetProperty("total").GetInt32();

        var response = await client.GetAsync("/api/v1/observances/calendar.ics?year=2029");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var calendar = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;

        var events = calendar.Events.ToList();
        Assert.Equal(total, events.Count);
        Assert.Equal(events.Count, events.Select(e => e.Uid).Distinct().Count());
        Assert.All(events, e => Assert.False(e.DtStart!.HasTime));

        var union = events.Single(e => e.Summary!.StartsWith(TradeUnionDay, StringComparison.Ordinal));
        Assert.Contains("kỷ niệm 100 năm", union.Summary, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2029, 7, 28), union.DtStart!.Date);
        Assert.Equal(new DateOnly(2029, 7, 29), union.DtEnd!.Date);

        var workerMonth = events.Single(e => e.Summary!.StartsWith("Tháng Công nhân", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2029, 5, 1), workerMonth.DtStart!.Date);
        Assert.Equal(new DateOnly(2029, 6, 1), workerMonth.DtEnd!.Date);

        // The same observance in the same year keeps its UID from one export to the next.
        var again = Ical.Net.Calendar.Load(await client.GetStringAsync("/api/v1/observances/calendar.ics?year=2029"))!;
        Assert.Equal(events.Select(e => e.Uid).Order(), again.Events.Select(e => e.Uid).Order());
    }

    [Fact]
    public async Task Subscription_feed_at_the_site_root_holds_this_year_and_the_next_two()
    {
        var client = app.Anonymous();
        var thisYear = DateTime.UtcNow.AddHours(7).Year;
        var expected = new List<string>();
        for (var y = thisYear; y < thisYear + 3; y++)
        {
            var ics = Ical.Net.Calendar.Load(await client.GetStringAsync($"/api/v1/observances/calendar.ics?year={y}"))!;
            expected.AddRange(ics.Events.Select(e => e.Uid!));
        }

        var response = await client.GetAsync("/lich/ngay-le.ics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        var feed = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(expected.Order(StringComparer.Ordinal), feed.Events.Select(e => e.Uid!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Creating_an_observance_with_bad_input_answers_400_and_writes_nothing()
    {
        var admin = await app.AdminAsync();
        var before = await CountsAsync();

        var problem = await admin.PostJsonAsync(
            "/api/v1/observances",
            new { name = "  ", calendar = "Moon", month = 13, day = 1, category = "National" },
            HttpStatusCode.BadRequest);
        var fields = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Contains("name", fields);
        Assert.Contains("calendar", fields);
        Assert.Contains("month", fields);

        var badDay = await admin.PostJsonAsync(
            "/api/v1/observances",
            new { name = "Ngày không có", calendar = "Solar", month = 2, day = 30, category = "Local" },
            HttpStatusCode.BadRequest);
        Assert.Equal("day", badDay.GetProperty("errors")[0].GetProperty("field").GetString());

        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task An_editor_cannot_create_an_observance_for_another_unit_nor_for_everyone()
    {
        var admin = await app.AdminAsync();
        var grassroots = (await admin.GetJsonAsync("/api/v1/org-units?level=GrassrootsUnion&pageSize=2")).GetProperty("items");
        var own = grassroots[0].GetProperty("id").GetInt32();
        var other = grassroots[1].GetProperty("id").GetInt32();
        var editor = await app.ClientWithRoleAsync(AppRole.Editor, own);
        var before = await CountsAsync();

        object Body(int? unitId) => new { name = "Ngày truyền thống", calendar = "Solar", month = 6, day = 15, category = "Local", unitId };
        await (await editor.PostAsJsonAsync("/api/v1/observances", Body(other))).ExpectAsync(HttpStatusCode.NotFound);
        await (await editor.PostAsJsonAsync("/api/v1/observances", Body(own))).ExpectAsync(HttpStatusCode.Forbidden);
        await (await editor.PostAsJsonAsync("/api/v1/observances", Body(null))).ExpectAsync(HttpStatusCode.Forbidden);

        Assert.Equal(before, await CountsAsync());
        await (await app.Anonymous().GetAsync("/api/v1/observances")).ExpectAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_unit_administrator_adds_its_own_observance_which_its_subtree_sees_and_others_do_not()
    {
        var admin = await app.AdminAsync();
        var federation = (await admin.GetJsonAsync("/api/v1/org-units?level=Federation")).GetProperty("items")[0].GetProperty("id").GetInt32();
        var districts = (await admin.GetJsonAsync($"/api/v1/org-units?parentId={federation}&pageSize=1000")).GetProperty("items");
        var district = districts[0].GetProperty("id").GetInt32();
        var otherDistrict = districts[1].GetProperty("id").GetInt32();
        var child = (await admin.GetJsonAsync($"/api/v1/org-units?parentId={district}&pageSize=1")).GetProperty("items")[0].GetProperty("id").GetInt32();

        // Day 30 of a lunar month that has 29 days in 2024 falls on the month's last day.
        var shortMonth = Enumerable.Range(1, 10).First(m => VietnameseLunarCalendar.DaysInMonth(2024, m) == 29);
        var districtAdmin = await app.ClientWithRoleAsync(AppRole.Administrator, district);
        var created = await districtAdmin.PostJsonAsync(
            "/api/v1/observances",
            new { name = "Ngày truyền thống huyện", calendar = "Lunar", month = shortMonth, day = 30, foundingYear = 1994, category = "Local", unitId = district },
            HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal(district, created.GetProperty("unitId").GetInt32());
        Assert.True(created.GetProperty("canEdit").GetBoolean());

        await (await districtAdmin.PostAsJsonAsync("/api/v1/observances", new { name = "Ngày chung", calendar = "Solar", month = 6, day = 1, category = "Local" })).ExpectAsync(HttpStatusCode.Forbidden);
        await (await districtAdmin.PostAsJsonAsync("/api/v1/observances", new { name = "Ngày khác", calendar = "Solar", month = 6, day = 1, category = "Local", unitId = otherDistrict })).ExpectAsync(HttpStatusCode.NotFound);

        var forChild = await app.Anonymous().GetJsonAsync($"/api/v1/observances/occurrences?year=2024&unitId={child}");
        var own = forChild.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("observanceId").GetInt32() == id);
        Assert.Equal(VietnameseLunarCalendar.ToSolar(29, shortMonth, 2024).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), own.GetProperty("date").GetString());
        Assert.Equal(29, own.GetProperty("lunar").GetProperty("day").GetInt32());
        Assert.Equal(30, own.GetProperty("anniversary").GetInt32());
        var common = await app.Anonymous().GetJsonAsync("/api/v1/observances/occurrences?year=2024");
        Assert.DoesNotContain(common.GetProperty("items").EnumerateArray(), i => i.GetProperty("observanceId").GetInt32() == id);

        var childEditor = await app.ClientWithRoleAsync(AppRole.Editor, child);
        var seen = await childEditor.GetJsonAsync("/api/v1/observances?pageSize=1000");
        var mine = seen.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == id);
        Assert.False(mine.GetProperty("canEdit").GetBoolean());

        var outsider = await app.ClientWithRoleAsync(AppRole.Administrator, otherDistrict);
        var outsiderList = await outsider.GetJsonAsync("/api/v1/observances?pageSize=1000");
        Assert.DoesNotContain(outsiderList.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt32() == id);
        await (await outsider.GetAsync($"/api/v1/observances/{id}")).ExpectAsync(HttpStatusCode.NotFound);
        await (await outsider.DeleteAsync($"/api/v1/observances/{id}")).ExpectAsync(HttpStatusCode.NotFound);

        var renamed = await (await districtAdmin.PutAsJsonAsync($"/api/v1/observances/{id}", new { name = "Ngày truyền thống Liên đoàn Lao động huyện", calendar = "Lunar", month = shortMonth, day = 30, foundingYear = 1994, category = "Local", unitId = district }))
            .ExpectAsync(HttpStatusCode.OK);
        Assert.Equal("Ngày truyền thống Liên đoàn Lao động huyện", renamed.GetProperty("name").GetString());

        await (await districtAdmin.DeleteAsync($"/api/v1/observances/{id}")).ExpectAsync(HttpStatusCode.NoContent);
        Assert.False(await app.WithDbAsync(db => db.Set<Observance>().AnyAsync(o => o.Id == id)));
        Assert.True(await app.WithDbAsync(db => db.Set<AuditEntry>().AnyAsync(a => a.Action == "planning.observance-delete" && a.EntityId == id.ToString(CultureInfo.InvariantCulture))));
    }

    [Fact]
    public async Task OpenApi_document_names_and_describes_the_calendar_routes()
    {
        var doc = await app.Anonymous().GetStringAsync("/openapi/v1.json");
        foreach (var operation in new[] { "GetLunarDate", "GetSolarDate", "ListObservanceOccurrences", "ExportObservanceCalendar", "SubscribeObservanceCalendar", "ListObservances", "CreateObservance", "UpdateObservance", "DeleteObservance" })
        {
            Assert.Contains($"\"operationId\": \"{operation}\"", doc, StringComparison.Ordinal);
        }

        Assert.Contains("\"/lich/ngay-le.ics\"", doc, StringComparison.Ordinal);
        Assert.Contains("\"/api/v1/calendar/lunar\"", doc, StringComparison.Ordinal);
    }

    private Task<(int Observances, int Audit)> CountsAsync() =>
        app.WithDbAsync(async db => (await db.Set<Observance>().CountAsync(), await db.Set<AuditEntry>().CountAsync()));
}

public sealed class ObservanceCalendarApiTests_Sqlite(SqliteAppFixture app) : ObservanceCalendarApiTests<SqliteAppFixture>(app);

public sealed class ObservanceCalendarApiTests_Postgres(PostgresAppFixture app) : ObservanceCalendarApiTests<PostgresAppFixture>(app);
