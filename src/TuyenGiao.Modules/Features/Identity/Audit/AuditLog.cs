using Microsoft.AspNetCore.Http;
using TuyenGiao.Modules.Data;
using TuyenGiao.Modules.Features.Identity.Contracts;
using TuyenGiao.Modules.Features.Identity.Data;

namespace TuyenGiao.Modules.Features.Identity.Audit;

/// <summary>Adds entries to the caller's DbContext; they are saved with the change they describe.</summary>
internal sealed class AuditLog(AppDbContext db, IAccessScope access, IHttpContextAccessor http, TimeProvider time) : IAuditLog
{
    public void Record(string action, string entityType, string? entityId, int? unitId, string? details = null) =>
        db.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            UserId = access.UserId,
            UserName = access.UserName,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            UnitId = unitId,
            Details = details is { Length: > 4000 } ? details[..4000] : details,
            IpAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
}
