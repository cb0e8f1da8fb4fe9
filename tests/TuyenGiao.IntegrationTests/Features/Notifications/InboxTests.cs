using System.Net;
using Microsoft.Extensions.DependencyInjection;
using TuyenGiao.IntegrationTests.Infrastructure;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Notifications.Contracts;

namespace TuyenGiao.IntegrationTests.Features.Notifications;

/// <summary>Notices reach the editors of the unit they concern, once, and only them.</summary>
public abstract class InboxTests<TFixture>(TFixture app) : IClassFixture<TFixture>
    where TFixture : AppFixture
{
    [Fact]
    public async Task A_unit_notice_reaches_its_editors_once_and_nobody_else()
    {
        var admin = await app.AdminAsync();
        var federation = await admin.CreateFederationAsync();
        var unit = await admin.CreateUnitAsync(OrgApi.Unique("Công đoàn cơ sở"), "GrassrootsUnion", federation);
        var other = await admin.CreateUnitAsync(OrgApi.Unique("Công đoàn cơ sở"), "GrassrootsUnion", federation);
        var editor = await app.ClientWithRoleAsync(AppRole.Editor, unit);
        var viewer = await app.ClientWithRoleAsync(AppRole.Viewer, unit);
        var otherEditor = await app.ClientWithRoleAsync(AppRole.Editor, other);
        var parentEditor = await app.ClientWithRoleAsync(AppRole.Editor, federation);

        var key = "test:" + Guid.NewGuid().ToString("N");
        var notice = new Notice("test.reminder", "Đơn vị chưa báo cáo hướng dẫn 15/HD", "Hạn báo cáo: 30/11/2026.", "/quan-tri/thong-bao", key);
        Assert.Equal(1, await NotifyAsync(unit, notice));
        Assert.Equal(0, await NotifyAsync(unit, notice));

        var inbox = await editor.GetJsonAsync("/api/v1/notifications");
        var item = Assert.Single(inbox.GetProperty("items").EnumerateArray());
        Assert.Equal("Đơn vị chưa báo cáo hướng dẫn 15/HD", item.GetProperty("title").GetString());
        Assert.Equal(unit, item.GetProperty("unitId").GetInt32());
        Assert.Equal(1, (await editor.GetJsonAsync("/api/v1/notifications/unread-count")).GetProperty("count").GetInt32());

        foreach (var client in new[] { viewer, otherEditor, parentEditor })
        {
            Assert.Equal(0, (await client.GetJsonAsync("/api/v1/notifications")).GetProperty("total").GetInt32());
        }

        var id = item.GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.NotFound, (await otherEditor.PostAsync($"/api/v1/notifications/{id}/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await editor.PostAsync($"/api/v1/notifications/{id}/read", null)).StatusCode);
        Assert.Equal(0, (await editor.GetJsonAsync("/api/v1/notifications/unread-count")).GetProperty("count").GetInt32());
        Assert.Equal(0, (await editor.GetJsonAsync("/api/v1/notifications?unread=true")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Notices_are_saved_only_with_the_callers_change()
    {
        var admin = await app.AdminAsync();
        var unit = await admin.CreateFederationAsync();
        var editor = await app.ClientWithRoleAsync(AppRole.Editor, unit);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            var notifier = scope.ServiceProvider.GetRequiredService<INotifier>();
            Assert.Equal(1, await notifier.NotifyUnitAsync(unit, new Notice("test.discarded", "Không được lưu")));

            // The caller never saves: the notice goes with its change.
        }

        Assert.Equal(0, (await editor.GetJsonAsync("/api/v1/notifications")).GetProperty("total").GetInt32());
    }

    private async Task<int> NotifyAsync(int unitId, Notice notice)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<INotifier>().NotifyUnitAsync(unitId, notice);
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
        return count;
    }
}

public sealed class InboxTests_Sqlite(SqliteAppFixture app) : InboxTests<SqliteAppFixture>(app);

public sealed class InboxTests_Postgres(PostgresAppFixture app) : InboxTests<PostgresAppFixture>(app);
