using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Newsroom.Cadence;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.IntegrationTests.Features.Newsroom;

/// <summary><c>/api/v1/cadence</c>: posts per Vietnam-time day against the target, the streak, who may read and set targets.</summary>
public abstract class CadenceStatsTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private static DateOnly Today => VietnamTime.Today(TimeProvider.System);

    [Fact]
    public async Task Counts_posts_per_Vietnam_day_and_reports_days_below_target_and_the_streak()
    {
        var admin = await app.AdminAsync();
        var federation = await admin.CreateFederationAsync();
        var unit = await admin.CreateUnitAsync(OrgApi.Unique("CĐCS nhịp đăng"), "GrassrootsUnion", federation);
        var other = await admin.CreateUnitAsync(OrgApi.Unique("CĐCS khác"), "GrassrootsUnion", federation);
        await app.AddTargetAsync(unit, 2, Today.AddDays(-60));

        // Today and the two days before meet the target; three days ago does not (a draft and another unit's post do not count).
        await app.AddPostAsync(unit, Today, 8);
        await app.AddPostAsync(unit, Today, 0, 5);
        await app.AddPostAsync(unit, Today.AddDays(-1), 9);
        await app.AddPostAsync(unit, Today.AddDays(-1), 21);
        await app.AddPostAsync(unit, Today.AddDays(-2), 10);
        await app.AddPostAsync(unit, Today.AddDays(-2), 0, 30); // 17:30 UTC the day before: still day -2 in Vietnam
        await app.AddPostAsync(unit, Today.AddDays(-3), 23, 30); // 16:30 UTC: day -3 in Vietnam
        await app.AddPostAsync(unit, Today.AddDays(-3), 11, status: PostStatus.Draft);
        await app.AddPostAsync(unit, Today.AddDays(-3), 11, status: PostStatus.Unpublished);
        await app.AddPostAsync(other, Today.AddDays(-3), 12);

        var stats = await admin.GetJsonAsync($"/api/v1/cadence?unitId={unit}");
        Assert.Equal(2, stats.GetProperty("todayCount").GetInt32());
        Assert.Equal(2, stats.GetProperty("target").GetInt32());
        Assert.True(stats.GetProperty("targetIsExplicit").GetBoolean());
        Assert.Equal(3, stats.GetProperty("streak").GetInt32());
        Assert.Equal(30, stats.GetProperty("days").GetArrayLength());
        Assert.Equal(29 - 2, stats.GetProperty("daysBelowTarget").GetInt32());

        var days = stats.GetProperty("days").EnumerateArray().ToDictionary(d => DateOnly.Parse(d.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(2, days[Today.AddDays(-2)].GetProperty("count").GetInt32());
        Assert.Equal(1, days[Today.AddDays(-3)].GetProperty("count").GetInt32());
        Assert.False(days[Today.AddDays(-3)].GetProperty("met").GetBoolean());

        var period = await admin.GetJsonAsync($"/api/v1/cadence?unitId={unit}&from={OrgApi.Date(Today.AddDays(-4))}&to={OrgApi.Date(Today.AddDays(-1))}");
        Assert.Equal(4, period.GetProperty("days").GetArrayLength());
        Assert.Equal(2, period.GetProperty("daysBelowTarget").GetInt32());
    }

    [Fact]
    public async Task A_unit_without_a_target_follows_the_federation_default_and_a_missed_today_does_not_break_the_streak_yet()
    {
        var admin = await app.AdminAsync();
        var federation = await admin.CreateFederationAsync();
        await app.AddPostAsync(federation, Today.AddDays(-1), 9);
        await app.AddPostAsync(federation, Today.AddDays(-1), 10);

        var stats = await admin.GetJsonAsync($"/api/v1/cadence?unitId={federation}");
        Assert.Equal(2, stats.GetProperty("target").GetInt32());
        Assert.False(stats.GetProperty("targetIsExplicit").GetBoolean());
        Assert.Equal(15, stats.GetProperty("warnAtHour").GetInt32());
        Assert.Equal(0, stats.GetProperty("todayCount").GetInt32());
        Assert.Equal(1, stats.GetProperty("streak").GetInt32());
    }

    [Fact]
    public async Task Rejects_a_bad_period_and_hides_units_out_of_reach()
    {
        var admin = await app.AdminAsync();
        var federation = await admin.CreateFederationAsync();
        var unit = await admin.CreateUnitAsync(OrgApi.Unique("CĐCS"), "GrassrootsUnion", federation);
        var elsewhere = await admin.CreateUnitAsync(OrgApi.Unique("CĐCS xa"), "GrassrootsUnion", federation);

        var backwards = await (await admin.GetAsync($"/api/v1/cadence?unitId={unit}&from=2026-05-10&to=2026-05-01")).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("to", backwards.GetProperty("errors")[0].GetProperty("field").GetString());
        var tooLong = await (await admin.GetAsync($"/api/v1/cadence?unitId={unit}&from=2024-01-01&to=2026-01-01")).ExpectAsync(HttpStatusCode.BadRequest);
        Assert.Equal("from", tooLong.GetProperty("errors")[0].GetProperty("field").GetString());
        await (await admin.GetAsync("/api/v1/cadence?unitId=987654321")).ExpectAsync(HttpStatusCode.NotFound);

        var editor = await app.ClientWithRoleAsync(AppRole.Editor, elsewhere);
        await (await editor.GetAsync($"/api/v1/cadence?unitId={unit}")).ExpectAsync(HttpStatusCode.NotFound);
        await (await editor.GetAsync($"/api/v1/cadence?unitId={elsewhere}")).ExpectAsync(HttpStatusCode.OK);
        await (await app.Anonymous().GetAsync($"/api/v1/cadence?unitId={unit}")).ExpectAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Targets_are_set_by_the_units_administrators_and_bad_input_writes_nothing()
    {
        var admin = await app.AdminAsync();
        var federation = await admin.CreateFederationAsync();
        var unit = await admin.CreateUnitAsync(OrgApi.Unique("CĐCS chỉ tiêu"), "GrassrootsUnion", federation);

        var editor = await app.ClientWithRoleAsync(AppRole.Editor, unit);
        await (await editor.PutAsJsonAsync($"/api/v1/cadence/targets/{unit}", new { postsPerDay = 0 })).ExpectAsync(HttpStatusCode.Forbidden);

        var bad = await (await admin.PutAsJsonAsync($"/api/v1/cadence/targets/{unit}", new { postsPerDay = 51, warnAtHour = 24, validFrom = "2020-01-01" })).ExpectAsync(HttpStatusCode.BadRequest);
        var fields = bad.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()).ToList();
        Assert.Equal(["postsPerDay", "warnAtHour", "validFrom"], fields);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<CadenceTarget>().CountAsync(t => t.UnitId == unit)));

        var unitAdmin = await app.ClientWithRoleAsync(AppRole.Administrator, federation);
        var saved = await (await unitAdmin.PutAsJsonAsync($"/api/v1/cadence/targets/{unit}", new { postsPerDay = 3, warnAtHour = 17 })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(3, saved.GetProperty("postsPerDay").GetInt32());
        Assert.Equal(OrgApi.Date(Today), saved.GetProperty("validFrom").GetString());

        var stats = await admin.GetJsonAsync($"/api/v1/cadence?unitId={unit}");
        Assert.Equal(3, stats.GetProperty("target").GetInt32());
        Assert.Equal(17, stats.GetProperty("warnAtHour").GetInt32());
        Assert.True(stats.GetProperty("targetIsExplicit").GetBoolean());
    }
}

public sealed class CadenceStatsTests_Sqlite(SqliteAppFixture app) : CadenceStatsTests<SqliteAppFixture>(app);

public sealed class CadenceStatsTests_Postgres(PostgresAppFixture app) : CadenceStatsTests<PostgresAppFixture>(app);
