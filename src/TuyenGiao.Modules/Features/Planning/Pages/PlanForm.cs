using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Planning.Domain;
using TuyenGiao.Modules.Features.Planning.Plans;

namespace TuyenGiao.Modules.Features.Planning.Pages;

/// <summary>The plan page's state: lists of short lines are edited as one line each in a text box.</summary>
internal sealed class PlanForm
{
    public int? Id { get; set; }

    public OrgUnitMatch? Unit { get; set; }

    public string? Title { get; set; }

    public PlanKind Kind { get; set; } = PlanKind.Yearly;

    public int? Year { get; set; }

    public DateTime? StartDate { get; set; }

    public DateTime? EndDate { get; set; }

    public PlanStatus Status { get; set; } = PlanStatus.Draft;

    public string? Objectives { get; set; }

    public string? KeyMessages { get; set; }

    public string? Audiences { get; set; }

    public string? Channels { get; set; }

    public IReadOnlyCollection<int> ObservanceIds { get; set; } = [];

    public IReadOnlyList<int> CampaignIds { get; set; } = [];

    public List<PlanActivityRow> Activities { get; set; } = [];

    public List<PlanBudgetRow> BudgetLines { get; set; } = [];

    public long Total => BudgetLines.Sum(b => b.Amount ?? 0);

    public static PlanForm From(PlanItem p) => new()
    {
        Id = p.Id,
        Unit = new OrgUnitMatch(p.UnitId, p.UnitName ?? string.Empty, string.Empty, null, null),
        Title = p.Title,
        Kind = p.Kind,
        Year = p.Year,
        StartDate = ToDateTime(p.StartDate),
        EndDate = ToDateTime(p.EndDate),
        Status = p.Status,
        Objectives = p.Objectives,
        KeyMessages = string.Join('\n', p.KeyMessages),
        Audiences = string.Join('\n', p.Audiences),
        Channels = string.Join('\n', p.Channels),
        ObservanceIds = p.Observances.Select(o => o.Id).ToHashSet(),
        CampaignIds = p.CampaignIds,
        Activities = p.Activities.Select(a => new PlanActivityRow
        {
            Title = a.Title,
            Description = a.Description,
            OwnerName = a.OwnerName,
            OwnerUserId = a.OwnerUserId,
            StartDate = ToDateTime(a.StartDate),
            Deadline = ToDateTime(a.Deadline),
            Status = a.Status,
            Overdue = a.Overdue,
        }).ToList(),
        BudgetLines = p.BudgetLines.Select(b => new PlanBudgetRow { Item = b.Item, Amount = b.Amount, Source = b.Source }).ToList(),
    };

    public SavePlanRequest ToRequest() => new(
        Unit?.Id,
        Title,
        Kind.ToString(),
        Year,
        ToDate(StartDate),
        ToDate(EndDate),
        Status.ToString(),
        Objectives,
        Lines(KeyMessages),
        Lines(Audiences),
        Lines(Channels),
        ObservanceIds.ToList(),
        CampaignIds,
        Activities.Select(a => new PlanActivityInput(a.Title, a.Description, a.OwnerName, a.OwnerUserId, ToDate(a.StartDate), ToDate(a.Deadline), a.Status.ToString())).ToList(),
        BudgetLines.Select(b => new PlanBudgetLineInput(b.Item, b.Amount, b.Source)).ToList());

    private static List<string> Lines(string? text) => (text ?? string.Empty).Split('\n').ToList();

    public static DateOnly? ToDate(DateTime? d) => d is { } v ? DateOnly.FromDateTime(v) : null;

    public static DateTime? ToDateTime(DateOnly? d) => d?.ToDateTime(TimeOnly.MinValue);
}
