using TuyenGiao.Modules.Shared.Api;

namespace TuyenGiao.Modules.Features.Identity.Audit;

/// <summary>
/// Filters of the audit log. <see cref="From"/> and <see cref="To"/> are days in Vietnam time, both
/// included. <see cref="Action"/> matches exactly, or as a prefix when it ends with '.' or '*'
/// ("user." finds every account change). <see cref="UnitId"/> keeps entries of that unit's subtree.
/// </summary>
public sealed record AuditListQuery(
    DateOnly? From = null,
    DateOnly? To = null,
    string? Action = null,
    string? UserId = null,
    int? UnitId = null,
    PageQuery? Page = null);
