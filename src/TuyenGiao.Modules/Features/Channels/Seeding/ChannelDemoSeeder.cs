using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Channels.Contracts;
using TuyenGiao.Modules.Features.Channels.Coverage;
using TuyenGiao.Modules.Features.Channels.Domain;
using TuyenGiao.Modules.Features.Newsroom.Contracts;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Channels.Seeding;

/// <summary>
/// The demo's channels, so that coverage computes the article's figures: the federation's Facebook
/// Page and Zalo OA (placeholder ids, no tokens: they wait for authorisation and nothing is sent),
/// its portal section; a Zalo group for each of the 10 upper-level unions and for 632 of the 640
/// grassroots unions. Runs once, on a database with demo units and no channels.
/// </summary>
internal sealed class ChannelDemoSeeder(AppDbContext db, IOrgHierarchy hierarchy, SubtreeUnits subtree, IConfiguration configuration, TimeProvider time, ILogger<ChannelDemoSeeder> logger)
{
    /// <summary>Grassroots unions without a channel in the demo (640 − 632).</summary>
    public const int GrassrootsWithout = 8;

    private static readonly DateTime Since = new(2021, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public async Task SeedAsync(CancellationToken ct)
    {
        if (!configuration.GetValue("Seed:Demo", true) || await db.Set<Channel>().AnyAsync(ct))
        {
            return;
        }

        var today = VietnamTime.Today(time);
        var roots = await hierarchy.GetRootsAsync(today, ct);
        if (roots.Count == 0)
        {
            return;
        }

        var root = roots[0];

        var units = await subtree.ListAsync(root.Id, today, ct);
        var uppers = units.Where(u => u.Level == (int)OrgLevel.UpperUnion).OrderBy(u => u.UnitId).ToList();
        var grassroots = units.Where(u => u.Level == (int)OrgLevel.GrassrootsUnion).OrderBy(u => u.UnitId).ToList();
        var channels = new List<Channel>
        {
            New(root.Id, ChannelKind.FacebookPage, "100000000000001", "Fanpage " + root.Name, ChannelStatus.NeedsReauth),
            New(root.Id, ChannelKind.ZaloOa, "1000000000000000001", "Zalo OA " + root.Name, ChannelStatus.NeedsReauth),
            New(root.Id, ChannelKind.Website, PostLinks.UnitPath(root.Id), "Trang " + root.Name + " trên cổng thông tin", ChannelStatus.Active),
        };
        channels.AddRange(uppers.Select(u => New(u.UnitId, ChannelKind.ZaloGroup, Group(u.UnitId), "Nhóm Zalo " + u.Name, ChannelStatus.Active)));
        channels.AddRange(grassroots.Take(Math.Max(0, grassroots.Count - GrassrootsWithout)).Select(u => New(u.UnitId, ChannelKind.ZaloGroup, Group(u.UnitId), "Nhóm Zalo " + u.Name, ChannelStatus.Active)));
        db.AddRange(channels);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Seeded {Count} demo channels", channels.Count);
    }

    private static string Group(int unitId) => string.Create(CultureInfo.InvariantCulture, $"https://zalo.me/g/demo{unitId}");

    private static Channel New(int unitId, ChannelKind kind, string externalId, string name, ChannelStatus status) => new()
    {
        UnitId = unitId,
        Kind = kind,
        ExternalId = externalId,
        Name = name.Length > 300 ? name[..300] : name,
        Status = status,
        CreatedAt = Since,
        UpdatedAt = Since,
    };
}
