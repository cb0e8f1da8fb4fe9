namespace TuyenGiao.Modules.Features.Planning.Guidance;

/// <summary>
/// Delivers reminders to units that have not reported. Kept behind this small interface so the
/// delivery (Notifications' inbox and e-mail) can change without touching the guidance logic.
/// </summary>
public interface IGuidanceReminders
{
    Task SendAsync(GuidanceReminder reminder, CancellationToken ct = default);
}

/// <summary>One reminder about one guidance to the units listed; <see cref="Link"/> opens the report form.</summary>
public sealed record GuidanceReminder(int GuidanceId, string Number, string Title, DateOnly Deadline, IReadOnlyList<int> UnitIds, string Link);
