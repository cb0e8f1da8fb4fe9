namespace TuyenGiao.Modules.Features.Channels.Outbox;

public sealed record DeliveryAttemptItem(DateTime StartedAt, DateTime FinishedAt, string Outcome, string? ErrorCode, string? Error);
