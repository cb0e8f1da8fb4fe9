namespace TuyenGiao.Modules.Features.Channels.Connect;

/// <summary>What travels (encrypted) through the platform's OAuth round trip: the channel, the PKCE verifier, who asked, until when.</summary>
internal sealed record ConnectState(long ChannelId, string? Verifier, string? UserId, DateTime ExpiresAt);
