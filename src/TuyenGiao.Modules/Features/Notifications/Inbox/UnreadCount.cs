namespace TuyenGiao.Modules.Features.Notifications.Inbox;

public sealed record UnreadCount(int Count);
