namespace TuyenGiao.Modules.Features.Notifications.Inbox;

/// <summary>A notice as the API and the inbox page show it.</summary>
public sealed record NotificationItem(long Id, string Kind, string Title, string? Body, string? Link, int? UnitId, DateTime CreatedAt, DateTime? ReadAt);
