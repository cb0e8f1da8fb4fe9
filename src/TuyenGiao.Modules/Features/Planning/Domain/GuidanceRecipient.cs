using TuyenGiao.Modules.Features.Organization.Contracts;

namespace TuyenGiao.Modules.Features.Planning.Domain;

/// <summary>
/// One unit a guidance went to, with the unit's place in the hierarchy on the issue date (a later
/// restructuring does not move it in the matrix), and its acknowledgement and report.
/// </summary>
internal sealed class GuidanceRecipient
{
    public long Id { get; set; }

    public int GuidanceId { get; set; }

    public IssuedGuidance? Guidance { get; set; }

    public int UnitId { get; set; }

    public required string UnitName { get; set; }

    public required string KindName { get; set; }

    public OrgLevel Level { get; set; }

    public int Depth { get; set; }

    /// <summary>The unit's path on the issue date, "/1/12/345/".</summary>
    public required string Path { get; set; }

    public int? ParentId { get; set; }

    public DateTime? AcknowledgedAt { get; set; }

    public string? AcknowledgedBy { get; set; }

    public DateTime? ReportedAt { get; set; }

    public string? ReportedBy { get; set; }

    /// <summary>JSON object of the reported values, keyed by field key.</summary>
    public string? ValuesJson { get; set; }

    public DateTime? RemindedAt { get; set; }

    public int ReminderCount { get; set; }
}
