using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Notifications.Domain;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Notifications.Inbox;

/// <summary>The signed-in person's own inbox: list, unread count, mark as read.</summary>
internal sealed class InboxQueries(AppDbContext db, IAccessScope access, TimeProvider time)
{
    public async Task<PagedResult<NotificationItem>> ListAsync(PageQuery page, bool unreadOnly, CancellationToken ct = default)
    {
        var query = Mine();
        if (unreadOnly)
        {
            query = query.Where(n => n.ReadAt == null);
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(n => n.Id)
            .Skip(page.Skip).Take(page.PageSize)
            .Select(n => new NotificationItem(n.Id, n.Kind, n.Title, n.Body, n.Link, n.UnitId, n.CreatedAt, n.ReadAt))
            .ToListAsync(ct);
        return new PagedResult<NotificationItem>(items, total);
    }

    public Task<int> UnreadCountAsync(CancellationToken ct = default) => Mine().CountAsync(n => n.ReadAt == null, ct);

    public async Task MarkReadAsync(long id, CancellationToken ct = default)
    {
        var item = await Mine().FirstOrDefaultAsync(n => n.Id == id, ct) ?? throw AppProblemException.NotFound();
        item.ReadAt ??= time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    public async Task<int> MarkAllReadAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return await Mine().Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
    }

    private IQueryable<Notification> Mine()
    {
        var userId = access.UserId ?? throw AppProblemException.NotFound();
        return db.Set<Notification>().Where(n => n.UserId == userId);
    }
}
