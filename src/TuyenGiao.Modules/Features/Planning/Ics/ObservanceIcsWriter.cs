using System.Globalization;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using TuyenGiao.Modules.Features.Planning.Contracts;
using TuyenGiao.Modules.Features.Planning.Occurrences;
using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Planning.Ics;

/// <summary>
/// Writes occurrences as an RFC 5545 calendar (with Ical.Net): one all-day VEVENT each (a
/// month-long observance spans its month), a UID that stays the same for an observance in a
/// given year so that subscribed calendar apps update rather than duplicate events.
/// </summary>
internal static class ObservanceIcsWriter
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(IEnumerable<ObservanceOccurrence> occurrences, DateTime stampUtc)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//TuyenGiao//Lich ngay le//VI", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", Messages.Get("PlanningIcsName"));
        calendar.AddProperty("X-WR-TIMEZONE", "Asia/Ho_Chi_Minh");
        var stamp = new CalDateTime(DateTime.SpecifyKind(stampUtc, DateTimeKind.Utc), "UTC", hasTime: true);
        foreach (var o in occurrences)
        {
            var e = new CalendarEvent
            {
                Uid = Uid(o),
                DtStamp = stamp,
                DtStart = new CalDateTime(o.Date),
                DtEnd = new CalDateTime(o.EndDate.AddDays(1)), // exclusive end of an all-day event
                Summary = Summary(o),
                Description = Description(o),
                Transparency = "TRANSPARENT",
            };
            e.Categories.Add(Messages.Get("PlanningCategory" + o.Category));
            calendar.Events.Add(e);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    /// <summary>
    /// "observance-7-2029@tuyengiao": the observance and the year it belongs to ("l2025" for a
    /// lunar observance's lunar year). Independent of the host name the feed was fetched by.
    /// </summary>
    public static string Uid(ObservanceOccurrence o) =>
        string.Create(CultureInfo.InvariantCulture, $"observance-{o.ObservanceId}-{(o.Calendar == ObservanceCalendar.Lunar ? "l" : "")}{o.CalendarYear}@tuyengiao");

    /// <summary>The name, with "kỷ niệm N năm" in an anniversary year.</summary>
    public static string Summary(ObservanceOccurrence o) =>
        o.Anniversary is { } n ? Messages.Get("PlanningAnniversaryTitle", o.Name, n) : o.Name;

    private static string? Description(ObservanceOccurrence o)
    {
        var lines = new List<string>();
        if (o.Lunar is { } l)
        {
            lines.Add(Messages.Get("PlanningLunarLine", l.Day, l.Month, l.LeapMonth ? Messages.Get("PlanningLeapSuffix") : string.Empty, l.YearName));
        }

        if (!string.IsNullOrWhiteSpace(o.Description))
        {
            lines.Add(o.Description);
        }

        return lines.Count == 0 ? null : string.Join("\n", lines);
    }
}
