namespace TuyenGiao.Modules.Features.Notifications.Contracts;

/// <summary>
/// Tells people about work waiting for them (reminders, warnings) in their in-app inbox. Every
/// module that warns or reminds sends through it. Notices join the caller's unit of work: they are
/// saved by the caller's <c>SaveChangesAsync</c>, in the same transaction as the change that caused them.
/// </summary>
public interface INotifier
{
    /// <summary>
    /// Notifies the accounts holding, on the unit itself, a role granting the notice's audience
    /// permission. A notice whose <see cref="Notice.DedupKey"/> a recipient already has is skipped for
    /// them, so a handler that runs twice notifies once. Returns how many people were notified.
    /// </summary>
    Task<int> NotifyUnitAsync(int unitId, Notice notice, CancellationToken ct = default);

    /// <summary>Notifies one account (same de-duplication).</summary>
    Task<bool> NotifyUserAsync(string userId, Notice notice, CancellationToken ct = default);
}
