using Microsoft.EntityFrameworkCore;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Notifications.Contracts;
using TuyenGiao.Modules.Features.Notifications.Domain;
using TuyenGiao.Modules.Shared.Text;

namespace TuyenGiao.Modules.Features.Notifications.Inbox;

/// <summary>Adds notices to the caller's DbContext; the caller's SaveChanges stores them with the change.</summary>
internal sealed class Notifier(AppDbContext db, IRoleHolders holders, TimeProvider time) : INotifier
{
    public async Task<int> NotifyUnitAsync(int unitId, Notice notice, CancellationToken ct = default)
    {
        var recipients = await holders.OnUnitAsync(unitId, notice.Audience, ct);
        var count = 0;
        foreach (var recipient in recipients)
        {
            if (await AddAsync(recipient.UserId, notice with { UnitId = notice.UnitId ?? unitId }, ct))
            {
                count++;
            }
        }

        return count;
    }

    public Task<bool> NotifyUserAsync(string userId, Notice notice, CancellationToken ct = default) => AddAsync(userId, notice, ct);

    private async Task<bool> AddAsync(string userId, Notice notice, CancellationToken ct)
    {
        if (notice.DedupKey is { } key)
        {
            var pending = db.ChangeTracker.Entries<Notification>().Any(e => e.Entity.UserId == userId && e.Entity.DedupKey == key);
            if (pending || await db.Set<Notification>().AnyAsync(n => n.UserId == userId && n.DedupKey == key, ct))
            {
                return false;
            }
        }

        db.Add(new Notification
        {
            UserId = userId,
            UnitId = notice.UnitId,
            Kind = notice.Kind,
            Title = Limit(VietnameseText.CleanLine(notice.Title), 300),
            Body = notice.Body is null ? null : Limit(VietnameseText.Nfc(notice.Body)!, 4000),
            Link = notice.Link,
            DedupKey = notice.DedupKey,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });
        return true;
    }

    private static string Limit(string value, int max) => value.Length > max ? value[..max] : value;
}
