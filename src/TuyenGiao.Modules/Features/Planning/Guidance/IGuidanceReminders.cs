namespace TuyenGiao.Modules.Features.Planning.Guidance;

/// <summary>
/// Delivers reminders to units that have not reported; what it records joins the caller's unit of
/// work (saved with the reminder rows). The default goes through Notifications' INotifier.
/// </summary>
public interface IGuidanceReminders
{
    Task SendAsync(GuidanceReminder reminder, CancellationToken ct = default);
}

/// <summary>One round of reminders about one guidance to the units listed, sent at <see cref="SentAt"/> (UTC).</summary>
public sealed record GuidanceReminder(int GuidanceId, string Number, string Title, DateOnly Deadline, IReadOnlyList<int> UnitIds, DateTime SentAt);
