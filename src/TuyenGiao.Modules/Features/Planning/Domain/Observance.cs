using TuyenGiao.Modules.Features.Planning.Contracts;

namespace TuyenGiao.Modules.Features.Planning.Domain;

/// <summary>
/// A day (or a whole month) that union propaganda follows every year, on the solar or the lunar
/// calendar. With a founding year, each year's occurrence carries its anniversary number.
/// Observances without a unit are everyone's; a federation or union may add its own.
/// </summary>
internal sealed class Observance
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public string? Description { get; set; }

    public ObservanceCalendar Calendar { get; set; }

    /// <summary>1–12, in <see cref="Calendar"/>.</summary>
    public int Month { get; set; }

    /// <summary>1–31 (solar) or 1–30 (lunar); 1 for a month-long observance.</summary>
    public int Day { get; set; }

    /// <summary>The year of the event commemorated; null when there is none to count (Tết).</summary>
    public int? FoundingYear { get; set; }

    public ObservanceCategory Category { get; set; }

    /// <summary>The whole month is the observance (Worker Month in May).</summary>
    public bool IsMonthLong { get; set; }

    /// <summary>The unit that added it; null for an observance every unit follows.</summary>
    public int? UnitId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}
