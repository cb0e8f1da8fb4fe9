using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Features.Identity.Data;
using TuyenGiao.Modules.Features.Organization.Domain;

namespace TuyenGiao.IntegrationTests.Infrastructure;

/// <summary>
/// Everything a restructuring could write, read straight from the database as text: units,
/// every version (with validity, name, parent, path and members), restructurings, successions
/// and the audit entries of changes. Two equal snapshots mean nothing was written in between.
/// </summary>
public static class OrgState
{
    public static Task<string> OrgStateAsync(this AppFixture app) => app.WithDbAsync(async db =>
    {
        var sb = new StringBuilder();
        var units = await db.Set<OrgUnit>().AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Id, u.Code }).ToListAsync();
        sb.Append(CultureInfo.InvariantCulture, $"units {units.Count}\n");
        foreach (var u in units)
        {
            sb.Append(CultureInfo.InvariantCulture, $"u {u.Id} {u.Code}\n");
        }

        var versions = await db.Set<OrgUnitVersion>().AsNoTracking().OrderBy(v => v.Id)
            .Select(v => new { v.Id, v.UnitId, v.ValidFrom, v.ValidTo, v.Name, v.ShortName, v.ParentId, v.Path, v.MemberCount, v.KindId, v.Phone, v.Email, v.Address })
            .ToListAsync();
        sb.Append(CultureInfo.InvariantCulture, $"versions {versions.Count}\n");
        foreach (var v in versions)
        {
            sb.Append(CultureInfo.InvariantCulture, $"v {v.Id} {v.UnitId} [{v.ValidFrom:yyyy-MM-dd},{v.ValidTo:yyyy-MM-dd}) {v.Name} | {v.ShortName} | {v.ParentId} {v.Path} {v.MemberCount} {v.KindId} {v.Phone} {v.Email} {v.Address}\n");
        }

        var restructurings = await db.Set<OrgRestructuring>().AsNoTracking().Select(r => r.Id).ToListAsync();
        sb.Append(CultureInfo.InvariantCulture, $"restructurings {restructurings.Count}: {string.Join(',', restructurings.Order())}\n");
        var successions = await db.Set<OrgSuccession>().AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.PredecessorId, s.SuccessorId }).ToListAsync();
        sb.Append(CultureInfo.InvariantCulture, $"successions {string.Join(',', successions.Select(s => $"{s.PredecessorId}>{s.SuccessorId}"))}\n");
        var audit = await db.Set<AuditEntry>().AsNoTracking().Where(a => !a.Action.StartsWith("auth.")).OrderBy(a => a.Id).Select(a => a.Id + " " + a.Action).ToListAsync();
        sb.Append(CultureInfo.InvariantCulture, $"audit {string.Join(',', audit)}\n");
        return sb.ToString();
    });
}
