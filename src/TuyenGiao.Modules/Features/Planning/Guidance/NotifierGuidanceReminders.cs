using System.Globalization;
using TuyenGiao.Modules.Features.Notifications.Contracts;
using TuyenGiao.Modules.Shared.Api;
using TuyenGiao.Modules.Shared.Time;

namespace TuyenGiao.Modules.Features.Planning.Guidance;

/// <summary>
/// Reminders through Notifications: a notice to each unit's editors, linking to the unit's report
/// page. The notices join the caller's unit of work (saved with the reminder rows); one
/// de-duplication key per unit and reminder round, so a retried round notifies once.
/// </summary>
internal sealed class NotifierGuidanceReminders(INotifier notifier) : IGuidanceReminders
{
    public async Task SendAsync(GuidanceReminder reminder, CancellationToken ct = default)
    {
        var round = reminder.SentAt.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        foreach (var unitId in reminder.UnitIds)
        {
            var id = reminder.GuidanceId.ToString(CultureInfo.InvariantCulture);
            var unit = unitId.ToString(CultureInfo.InvariantCulture);
            await notifier.NotifyUnitAsync(unitId, new Notice(
                "guidance.reminder",
                Messages.Get("GuidanceReminderTitle", reminder.Number),
                Messages.Get("GuidanceReminderBody", reminder.Title, VietnamTime.Format(reminder.Deadline)),
                $"/quan-tri/huong-dan/{id}/bao-cao/{unit}",
                $"guidance:{id}:{unit}:{round}",
                Identity.Contracts.Permission.EditContent,
                unitId), ct);
        }
    }
}
