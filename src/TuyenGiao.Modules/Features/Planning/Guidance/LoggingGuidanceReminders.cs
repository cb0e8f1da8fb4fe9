using Microsoft.Extensions.Logging;

namespace TuyenGiao.Modules.Features.Planning.Guidance;

/// <summary>Until Notifications delivers them: reminders are written to the log (the recipients' rows still record them).</summary>
internal sealed partial class LoggingGuidanceReminders(ILogger<LoggingGuidanceReminders> logger) : IGuidanceReminders
{
    public Task SendAsync(GuidanceReminder reminder, CancellationToken ct = default)
    {
        Log(logger, reminder.GuidanceId, reminder.UnitIds.Count);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Guidance {GuidanceId}: reminder to {Units} units")]
    private static partial void Log(ILogger logger, int guidanceId, int units);
}
