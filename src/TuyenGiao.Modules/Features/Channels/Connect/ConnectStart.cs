namespace TuyenGiao.Modules.Features.Channels.Connect;

/// <summary>The platform page to send the unit's administrator to.</summary>
public sealed record ConnectStart(long ChannelId, string AuthorizeUrl);
