using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Access;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Identity.Data;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Identity.Audit;

/// <summary>
/// Reads the audit log: entries filed under units in the caller's <see cref="Permission.ViewAudit"/>
/// subtrees; system administrators see everything, entries without a unit included. Newest first.
/// </summary>
public sealed class AuditQueries(AppDbContext db, IAccessScope access, UnitDirectory units)
{
    public async Task<PagedResult<AuditItem>> ListAsync(AuditListQuery query, CancellationToken ct = default)
    {
        var roots = await access.RootsAsync(Permission.ViewAudit, ct);
        if (roots is { Count: 0 })
        {
            throw AppProblemException.Forbidden();
        }

        if (query.From is { } from && query.To is { } to && from > to)
        {
            throw AppProblemException.Invalid([new FieldError("to", Messages.Get("IdAuditDateOrder"))]);
        }

        var page = query.Page ?? new PageQuery(1, 50);
        var entries = db.Set<AuditEntry>().AsNoTracking();
        List<int>? filed = null;
        if (roots is not null)
        {
            filed = await FiledUnitsAsync(ct);
            var visible = (await units.WithinAsync(filed, roots, ct)).ToList();
            entries = entries.Where(e => e.UnitId != null && visible.Contains(e.UnitId.Value));
        }

        if (query.UnitId is { } unitId)
        {
            await access.EnsureAsync(Permission.ViewAudit, unitId, ct);
            filed ??= await FiledUnitsAsync(ct);
            var under = (await units.WithinAsync(filed, [unitId], ct)).ToList();
            entries = entries.Where(e => e.UnitId != null && under.Contains(e.UnitId.Value));
        }

        if (query.From is { } fromDay)
        {
            var start = StartUtc(fromDay);
            entries = entries.Where(e => e.At >= start);
        }

        if (query.To is { } toDay)
        {
            var end = StartUtc(toDay.AddDays(1));
            entries = entries.Where(e => e.At < end);
        }

        var action = query.Action?.Trim();
        if (!string.IsNullOrEmpty(action))
        {
            if (action.EndsWith('*') || action.EndsWith('.'))
            {
                var prefix = action.TrimEnd('*');
                entries = entries.Where(e => e.Action.StartsWith(prefix));
            }
            else
            {
                entries = entries.Where(e => e.Action == action);
            }
        }

        var userId = query.UserId?.Trim();
        if (!string.IsNullOrEmpty(userId))
        {
            entries = entries.Where(e => e.UserId == userId || (e.EntityType == "User" && e.EntityId == userId));
        }

        var total = await entries.CountAsync(ct);
        var rows = await entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .ToListAsync(ct);
        var items = new List<AuditItem>(rows.Count);
        foreach (var e in rows)
        {
            var unitName = e.UnitId is { } id ? (await units.GetAsync(id, ct))?.Name : null;
            items.Add(new AuditItem(e.Id, e.At, e.UserId, e.UserName, e.Action, e.EntityType, e.EntityId, e.UnitId, unitName, e.Details, e.IpAddress));
        }

        return new PagedResult<AuditItem>(items, total);
    }

    private static DateTime StartUtc(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), VietnamTime.Zone);

    private async Task<List<int>> FiledUnitsAsync(CancellationToken ct) =>
        await db.Set<AuditEntry>().AsNoTracking().Where(e => e.UnitId != null).Select(e => e.UnitId!.Value).Distinct().ToListAsync(ct);
}
