namespace TuyenGiao.Modules.Features.Identity.Contracts;

/// <summary>
/// Records who did what, when, on which unit. Entries join the caller's unit of work: they are
/// saved with the change they describe, in the same transaction.
/// </summary>
public interface IAuditLog
{
    void Record(string action, string entityType, string? entityId, int? unitId, string? details = null);
}
