namespace TuyenGiao.Modules.Features.Identity.Audit;

/// <summary>One audit entry: who (user), when (UTC), what (action, entity, details), which unit.</summary>
public sealed record AuditItem(
    long Id,
    DateTime At,
    string? UserId,
    string? UserName,
    string Action,
    string EntityType,
    string? EntityId,
    int? UnitId,
    string? UnitName,
    string? Details,
    string? IpAddress);
