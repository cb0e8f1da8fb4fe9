using TuyenGiao.Modules.Features.Planning.Contracts;
using TuyenGiao.Modules.Features.Planning.Observances;

namespace TuyenGiao.Modules.Features.Planning.Pages;

/// <summary>The back-office edit form's state; <see cref="UnitKey"/> 0 stands for "every unit".</summary>
internal sealed class ObservanceForm
{
    public int? Id { get; set; }

    public string? Name { get; set; }

    public string? Description { get; set; }

    public ObservanceCalendar Calendar { get; set; } = ObservanceCalendar.Solar;

    public int? Month { get; set; } = 1;

    public int? Day { get; set; } = 1;

    public bool MonthLong { get; set; }

    public int? FoundingYear { get; set; }

    public ObservanceCategory Category { get; set; } = ObservanceCategory.Local;

    public int UnitKey { get; set; }

    public static ObservanceForm From(ObservanceItem item) => new()
    {
        Id = item.Id,
        Name = item.Name,
        Description = item.Description,
        Calendar = item.Calendar,
        Month = item.Month,
        Day = item.Day,
        MonthLong = item.MonthLong,
        FoundingYear = item.FoundingYear,
        Category = item.Category,
        UnitKey = item.UnitId ?? 0,
    };

    public SaveObservanceRequest ToRequest() => new(
        Name,
        Description,
        Calendar.ToString(),
        Month,
        MonthLong ? null : Day,
        FoundingYear,
        Category.ToString(),
        MonthLong,
        UnitKey == 0 ? null : UnitKey);
}
