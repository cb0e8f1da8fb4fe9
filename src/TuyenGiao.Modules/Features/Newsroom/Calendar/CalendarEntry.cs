using TuyenGiao.Modules.Features.Newsroom.Contracts;

namespace TuyenGiao.Modules.Features.Newsroom.Calendar;

/// <summary>
/// A post on the editorial calendar: <paramref name="At"/> is when it goes (Scheduled) or went
/// (Published) live, UTC; <paramref name="Date"/> is that day in Vietnam (yyyy-MM-dd).
/// </summary>
public sealed record CalendarEntry(long PostId, string Title, PostStatus Status, int UnitId, string UnitName, DateTime At, DateOnly Date, string? Url);
