namespace TuyenGiao.Modules.Features.Newsroom.Revisions;

public sealed record RestoreRevisionRequest(int? Version);
