using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Identity.Data;
using TuyenGiao.Modules.Features.Newsroom.Cadence;
using TuyenGiao.Modules.Features.Notifications.Domain;

namespace TuyenGiao.IntegrationTests.Features.Newsroom;

/// <summary>The cadence warning handler, run at chosen moments with a fake clock.</summary>
public abstract class CadenceWarningTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    private static readonly DateOnly Day = new(2026, 3, 10);

    private async Task<int> RunAtAsync(int localHour, int localMinute)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(CadenceService.LocalMidnightUtc(Day).AddHours(localHour).AddMinutes(localMinute), TimeSpan.Zero));
        await using var scope = app.Services.CreateAsyncScope();
        var handler = ActivatorUtilities.CreateInstance<CadenceWarningHandler>(scope.ServiceProvider, clock);
        return await handler.RunAsync();
    }

    private async Task<string> EditorOfAsync(int unitId)
    {
        var (email, _) = await app.CreateUserAsync(AppRole.Editor, unitId);
        return await app.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
    }

    private Task<List<Notification>> NoticesAsync(string userId) =>
        app.WithDbAsync(db => db.Set<Notification>().Where(n => n.UserId == userId && n.Kind == CadenceWarningHandler.NoticeKind).ToListAsync());

    [Fact]
    public async Task Warns_the_units_editors_once_after_the_hour_when_below_target()
    {
        var admin = await app.AdminAsync();
        var federation = await admin.CreateFederationAsync();
        var unit = await admin.CreateUnitAsync(OrgApi.Unique("CĐCS cảnh báo"), "GrassrootsUnion", federation);
        await app.AddTargetAsync(unit, 3, new DateOnly(2026, 1, 1));
        await app.AddPostAsync(unit, Day, 9);
        var editor = await EditorOfAsync(unit);

        await RunAtAsync(14, 59);
        Assert.Empty(await NoticesAsync(editor));

        await RunAtAsync(15, 1);
        var notice = Assert.Single(await NoticesAsync(editor));
        Assert.Equal($"cadence:{unit}:2026-03-10", notice.DedupKey);
        Assert.Equal(unit, notice.UnitId);
        Assert.Contains("1/3", notice.Title, StringComparison.Ordinal);

        await RunAtAsync(15, 2);
        await RunAtAsync(20, 0);
        Assert.Single(await NoticesAsync(editor));
    }

    [Fact]
    public async Task Does_not_warn_when_the_target_is_met_or_at_the_units_own_later_hour()
    {
        var admin = await app.AdminAsync();
        var federation = await admin.CreateFederationAsync();
        var met = await admin.CreateUnitAsync(OrgApi.Unique("CĐCS đạt"), "GrassrootsUnion", federation);
        var late = await admin.CreateUnitAsync(OrgApi.Unique("CĐCS muộn"), "GrassrootsUnion", federation);
        await app.AddTargetAsync(met, 2, new DateOnly(2026, 1, 1));
        await app.AddTargetAsync(late, 2, new DateOnly(2026, 1, 1), warnAtHour: 18);
        await app.AddPostAsync(met, Day, 8);
        await app.AddPostAsync(met, Day, 10);
        var metEditor = await EditorOfAsync(met);
        var lateEditor = await EditorOfAsync(late);

        await RunAtAsync(16, 0);
        Assert.Empty(await NoticesAsync(metEditor));
        Assert.Empty(await NoticesAsync(lateEditor));

        await RunAtAsync(18, 0);
        Assert.Empty(await NoticesAsync(metEditor));
        Assert.Single(await NoticesAsync(lateEditor));
    }

    [Fact]
    public async Task Warns_a_federation_on_the_default_target_but_not_a_unit_without_a_target()
    {
        var admin = await app.AdminAsync();
        var federation = await admin.CreateFederationAsync();
        var grassroots = await admin.CreateUnitAsync(OrgApi.Unique("CĐCS không chỉ tiêu"), "GrassrootsUnion", federation);
        await app.AddPostAsync(federation, Day, 9);
        var federationEditor = await EditorOfAsync(federation);
        var grassrootsEditor = await EditorOfAsync(grassroots);

        await RunAtAsync(15, 30);
        var notice = Assert.Single(await NoticesAsync(federationEditor));
        Assert.Contains("1/2", notice.Title, StringComparison.Ordinal);
        Assert.Empty(await NoticesAsync(grassrootsEditor));
    }
}

public sealed class CadenceWarningTests_Sqlite(SqliteAppFixture app) : CadenceWarningTests<SqliteAppFixture>(app);

public sealed class CadenceWarningTests_Postgres(PostgresAppFixture app) : CadenceWarningTests<PostgresAppFixture>(app);
