using TuyenGiao.Modules.Features.Identity.Contracts;

namespace TuyenGiao.Modules.Features.Notifications.Contracts;

/// <summary>
/// One notice. <paramref name="Title"/> and <paramref name="Body"/> are already in the words the
/// reader sees (Vietnamese); <paramref name="Link"/> is a back-office path such as
/// <c>/quan-tri/huong-dan/12</c>. <paramref name="Kind"/> is a stable machine name
/// (<c>guidance.reminder</c>, <c>newsroom.cadence</c>, <c>channels.reauth</c>).
/// </summary>
public sealed record Notice(
    string Kind,
    string Title,
    string? Body = null,
    string? Link = null,
    string? DedupKey = null,
    Permission Audience = Permission.EditContent,
    int? UnitId = null);
