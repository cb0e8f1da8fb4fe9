using System.Text.Json;
using TuyenGiao.Modules.Features.Planning.Domain;
using TuyenGiao.Modules.Features.Planning.ReportForms;

namespace TuyenGiao.Modules.Features.Planning.Campaigns;

/// <summary>
/// Creates or replaces a campaign. Indicators are number fields with a target; <see cref="Scope"/>
/// "Subtree" (default: every unit under the owner takes part) or "Chosen" (<see cref="UnitIds"/>).
/// </summary>
public sealed record SaveCampaignRequest(
    int? OwnerUnitId,
    string? Name,
    string? Description,
    DateOnly? StartsOn,
    DateOnly? EndsOn,
    IReadOnlyList<ReportFieldInput>? Indicators,
    string? Scope,
    IReadOnlyList<int>? UnitIds);

public sealed record CampaignItem(
    int Id,
    int OwnerUnitId,
    string OwnerName,
    string Name,
    string? Description,
    DateOnly StartsOn,
    DateOnly EndsOn,
    IReadOnlyList<ReportField> Indicators,
    RecipientScope Scope,
    IReadOnlyList<int> UnitIds,
    bool CanManage);

/// <summary>What a unit did over a period (within the campaign, not in the future): a value per indicator.</summary>
public sealed record SubmitCampaignReportRequest(int? UnitId, DateOnly? PeriodFrom, DateOnly? PeriodTo, Dictionary<string, JsonElement>? Values, string? Note);

public sealed record CampaignReportItem(long Id, int UnitId, string UnitName, DateOnly PeriodFrom, DateOnly PeriodTo, IReadOnlyDictionary<string, JsonElement> Values, string? Note, DateTime ReportedAt);

/// <summary>One week or month: what was reported for it, the running total and the share of the target.</summary>
public sealed record CampaignProgressPoint(DateOnly From, DateOnly To, IReadOnlyDictionary<string, decimal> Values, IReadOnlyDictionary<string, decimal> Cumulative, IReadOnlyDictionary<string, decimal> Percent);

/// <summary>Progress against the targets over time; reports count in the period their end date falls in.</summary>
public sealed record CampaignProgress(string Interval, IReadOnlyList<ReportField> Indicators, IReadOnlyList<CampaignProgressPoint> Points, IReadOnlyDictionary<string, decimal> Total, IReadOnlyDictionary<string, decimal> Percent, int ReportingUnits);
