namespace TuyenGiao.Modules.Features.Identity.Data;

/// <summary>One line of the audit log: sign-ins and every change.</summary>
internal sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    public required string Action { get; set; }

    public required string EntityType { get; set; }

    public string? EntityId { get; set; }

    public int? UnitId { get; set; }

    public string? Details { get; set; }

    public string? IpAddress { get; set; }
}
