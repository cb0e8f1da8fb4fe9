using System.Text.Json;
using TuyenGiao.Modules.Features.Organization.Contracts;
using TuyenGiao.Modules.Features.Planning.Domain;
using TuyenGiao.Modules.Features.Planning.ReportForms;

namespace TuyenGiao.Modules.Features.Planning.Guidance;

/// <summary>A linked document of a guidance (files are not uploaded yet: a name and an address).</summary>
public sealed record GuidanceAttachment(string? Name, string? Url);

/// <summary>
/// Issues a guidance. <see cref="Scope"/> "Subtree" (default) sends it to every unit under the
/// issuer; "Chosen" to <see cref="UnitIds"/> (units under the issuer). <see cref="Content"/> is
/// plain text or HTML (sanitised).
/// </summary>
public sealed record IssueGuidanceRequest(
    int? IssuerUnitId,
    string? Number,
    string? Title,
    string? Content,
    IReadOnlyList<string>? KeyMessages,
    IReadOnlyList<GuidanceAttachment>? Attachments,
    DateOnly? Deadline,
    string? Scope,
    IReadOnlyList<int>? UnitIds,
    IReadOnlyList<ReportFieldInput>? Form);

/// <summary>A guidance in a list, with its progress among the recipients the caller sees.</summary>
public sealed record GuidanceSummary(
    int Id,
    string Number,
    string Title,
    int IssuerUnitId,
    string IssuerName,
    DateTime IssuedAt,
    DateOnly Deadline,
    int Recipients,
    int Acknowledged,
    int Reported,
    int Overdue);

/// <summary>A guidance in full.</summary>
public sealed record GuidanceDetail(
    int Id,
    string Number,
    string Title,
    string Content,
    IReadOnlyList<string> KeyMessages,
    IReadOnlyList<GuidanceAttachment> Attachments,
    DateOnly Deadline,
    DateTime IssuedAt,
    int IssuerUnitId,
    string IssuerName,
    RecipientScope Scope,
    DateOnly AsOf,
    IReadOnlyList<ReportField> Form,
    int RecipientCount,
    bool CanRemind);

/// <summary>One recipient unit's row: when it acknowledged and reported, and what.</summary>
public sealed record GuidanceRecipientItem(
    int UnitId,
    string UnitName,
    string KindName,
    OrgLevel Level,
    int Depth,
    int? ParentId,
    DateTime? AcknowledgedAt,
    DateTime? ReportedAt,
    bool Overdue,
    bool Late,
    int ReminderCount,
    IReadOnlyDictionary<string, JsonElement> Values);

/// <summary>Counts for one level of the hierarchy.</summary>
public sealed record GuidanceLevelCount(OrgLevel Level, string LevelName, int Units, int Acknowledged, int Reported, int Overdue);

/// <summary>The issuer's matrix: counts per level (of the rows the caller sees, before paging) and one page of rows.</summary>
public sealed record GuidanceMatrix(IReadOnlyList<GuidanceLevelCount> Levels, int Units, int Acknowledged, int Reported, int Overdue, IReadOnlyList<GuidanceRecipientItem> Items, int Total);

/// <summary>Sums of the number fields over the reports of one group of units.</summary>
public sealed record GuidanceTotalsRow(string Name, OrgLevel? Level, int? UnitId, int Units, int Reported, IReadOnlyDictionary<string, decimal> Values);

/// <summary>
/// Roll-up totals: per level, per branch (each top recipient with the units under it) and for the
/// whole subtree the caller sees.
/// </summary>
public sealed record GuidanceTotals(IReadOnlyList<ReportField> Fields, IReadOnlyList<GuidanceTotalsRow> Levels, IReadOnlyList<GuidanceTotalsRow> Branches, GuidanceTotalsRow Subtree);

/// <summary>A guidance a unit the caller works for has to acknowledge or report on.</summary>
public sealed record GuidanceTask(
    int GuidanceId,
    string Number,
    string Title,
    string IssuerName,
    DateOnly Deadline,
    int UnitId,
    string UnitName,
    DateTime? AcknowledgedAt,
    DateTime? ReportedAt,
    bool Overdue);

/// <summary>What a recipient unit sees: the guidance and its own row.</summary>
public sealed record GuidanceRecipientView(GuidanceDetail Guidance, GuidanceRecipientItem Recipient, bool CanReport);

/// <summary>Reported values, keyed by field key: numbers for Number fields, strings for Text.</summary>
public sealed record SubmitGuidanceReportRequest(Dictionary<string, JsonElement>? Values);

/// <summary>Which units to remind (default: every unit that has not reported).</summary>
public sealed record RemindGuidanceRequest(IReadOnlyList<int>? UnitIds);

public sealed record RemindGuidanceResult(int Reminded);
